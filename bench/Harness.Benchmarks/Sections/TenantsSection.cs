using System.Globalization;
using Harness.Benchmarks.Report;
using Harness.Benchmarks.Servers;
using Harness.Mock.Server;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace Harness.Benchmarks.Sections;

/// <summary>
/// What a stream of new API keys costs a mock in its own process: every key is a tenant, so a client that
/// invents keys could once grow the mock without bound (400k tenants in a minute, 1.7 GB, nothing given back
/// after reset). One Iterable <c>users/update</c> per new key, first under the default tenant cap, then under
/// a cap above the number of keys (nothing forgotten); RSS at start, after the keys and after a reset.
/// </summary>
internal static class TenantsSection
{
    private const string Section = "tenants";
    private const int Concurrency = 16;
    private const string Body = """{"email":"user@example.com","dataFields":{"plan":"gold"}}""";

    public static async Task RunAsync(BenchOptions options, Results results, CancellationToken cancellationToken)
    {
        var keys = options.NewKeys;
        await MeasureAsync(keys, HarnessMockOptions.DefaultMaxTenants, "default cap", results, cancellationToken).ConfigureAwait(false);
        await MeasureAsync(keys, keys * 2, "cap above the keys", results, cancellationToken).ConfigureAwait(false);
    }

    private static async Task MeasureAsync(int keys, int cap, string what, Results results, CancellationToken cancellationToken)
    {
        var capText = cap.ToString("N0", CultureInfo.InvariantCulture);
        await using var child = await MockChild.StartAsync("--max-tenants", cap.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        using var http = Http.Client(child.Url);
        await Http.SendAsync(http, "GET", "/__harness/health").ConfigureAwait(false);
        var start = child.Rss();

        AnsiConsole.MarkupLine($"[grey]  {keys:N0} new keys, one users/update each, max-tenants {capText}…[/]");
        var next = -1;
        var refused = 0;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < keys)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (status, _) = await Http.SendAsync(http, "POST", "/api/users/update", Body, ("Api-Key", $"bench-key-{i:D8}-0123456789abcdef")).ConfigureAwait(false);
                if (status != 200)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        })).ConfigureAwait(false);
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        var loaded = child.Rss();
        var (_, list) = await Http.SendAsync(http, "GET", "/__harness/tenants").ConfigureAwait(false);
        var held = ((JArray)JObject.Parse(list)["tenants"]!).Count;

        var (resetStatus, _) = await Http.SendAsync(http, "POST", "/__harness/reset", "{}").ConfigureAwait(false);
        var afterReset = child.Rss();

        results.Add(new MetricRow(Section, $"{keys:N0} new keys under {what} ({capText}): tenants held, non-200 answers, rate",
            $"{held:N0} tenants, {refused:N0} non-200, {keys / seconds:N0} keys/s",
            new Verdict($"≤ {capText} tenants, all answered 200", held <= cap && refused == 0)));
        var added = loaded - start;
        var givenBack = added > 0 ? (double)(loaded - afterReset) / added : 1;
        results.Add(new MetricRow(Section, $"… RSS at start / after the keys / after `POST /__harness/reset` (status {resetStatus})",
            $"{Format.MiB(start)} / {Format.MiB(loaded)} / {Format.MiB(afterReset)} ({givenBack:0%} of what the keys added given back)",
            // Under the default cap the tenants forgotten along the way are garbage the GC keeps until it needs
            // room, so only the run that holds every key says how much a reset gives back.
            cap > keys ? new Verdict("reset gives back ≥ half", resetStatus == 200 && givenBack >= 0.5) : null));
    }
}
