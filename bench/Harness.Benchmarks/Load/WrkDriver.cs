using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Harness.Benchmarks.Load;

/// <summary>
/// Debian's <c>wrk</c> (<c>-t1 -cN</c>) with a generated Lua script that renders the template per request,
/// as the figures in the issue were measured. wrk runs as its own process; its Lua <c>done</c> hook prints
/// one line the driver parses.
/// </summary>
internal sealed class WrkDriver(string executable) : ILoadDriver
{
    private double _rate;

    private const string Marker = "HARNESS-WRK";

    public string Name => "wrk -t1";

    /// <summary>The wrk on PATH, or null.</summary>
    public static string? Find()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "wrk");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public async Task<LoadResult> RunAsync(string baseUrl, RequestTemplate template, LoadSettings settings, CancellationToken cancellationToken)
    {
        // Each wrk run gets its own run id, so a growing state never sees a value twice (warm-up included).
        var script = Path.Combine(Path.GetTempPath(), $"harness-bench-{Guid.NewGuid():N}.lua");
        try
        {
            if (settings.Warmup > TimeSpan.Zero)
            {
                await File.WriteAllTextAsync(script, Script(template, NewRun()), cancellationToken).ConfigureAwait(false);
                await RunWrkAsync(baseUrl, script, settings.Connections, settings.Warmup, cancellationToken).ConfigureAwait(false);
            }

            await File.WriteAllTextAsync(script, Script(template, NewRun()), cancellationToken).ConfigureAwait(false);
            return await RunWrkAsync(baseUrl, script, settings.Connections, settings.Duration, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string NewRun() => Guid.NewGuid().ToString("N")[..10];

    /// <summary>
    /// wrk runs for a duration, not a count (its threads can stop early, its main thread still sleeps the whole
    /// duration): the duration is sized from the rate of the previous call, so the count is approximate.
    /// </summary>
    public async Task<LoadResult> RunCountAsync(string baseUrl, IReadOnlyList<RequestTemplate> templates, int connections, long count, long offset, CancellationToken cancellationToken)
    {
        var script = Path.Combine(Path.GetTempPath(), $"harness-bench-{Guid.NewGuid():N}.lua");
        try
        {
            await File.WriteAllTextAsync(script, Script(templates, NewRun(), offset), cancellationToken).ConfigureAwait(false);
            LoadResult? first = null;
            if (_rate <= 0)
            {
                first = await RunWrkAsync(baseUrl, script, connections, TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
                _rate = first.PerSecond;
            }

            var left = count - (first?.Requests ?? 0);
            if (left <= 0 || _rate <= 0)
            {
                return first!;
            }

            await File.WriteAllTextAsync(script, Script(templates, NewRun(), offset + (first?.Requests ?? 0)), cancellationToken).ConfigureAwait(false);
            var rest = await RunWrkAsync(baseUrl, script, connections, TimeSpan.FromSeconds(Math.Max(1, left / _rate)), cancellationToken).ConfigureAwait(false);
            _rate = rest.PerSecond;
            return first is null
                ? rest
                : new LoadResult(first.Requests + rest.Requests, first.Seconds + rest.Seconds, first.Errors + rest.Errors, rest.P50Micros, rest.P99Micros);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private async Task<LoadResult> RunWrkAsync(string baseUrl, string script, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds));
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-t1", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "-s", script, baseUrl })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var text = await output.ConfigureAwait(false);
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result (exit {process.ExitCode}): {text}{await error.ConfigureAwait(false)}");
        var f = line[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // requests, duration µs, errors (connect, read, write, status, timeout), p50 µs, p99 µs
        return new LoadResult((long)f[0], f[1] / 1e6, (long)(f[2] + f[3] + f[4] + f[5] + f[6]), f[7], f[8]);
    }

    /// <summary>A Lua script whose <c>request()</c> renders the template with a per-request counter.</summary>
    internal static string Script(RequestTemplate template, string run) => Script([template], run, 0);

    /// <summary>
    /// A Lua script whose <c>request()</c> renders the templates in turn with a per-request counter starting after
    /// <paramref name="offset"/>.
    /// </summary>
    internal static string Script(IReadOnlyList<RequestTemplate> templates, string run, long offset)
    {
        var lua = new StringBuilder();
        lua.AppendLine(CultureInfo.InvariantCulture, $"local counter = {offset}");
        for (var i = 0; i < templates.Count; i++)
        {
            lua.AppendLine(CultureInfo.InvariantCulture, $"local headers{i} = {{}}");
            foreach (var (name, value) in templates[i].Headers)
            {
                lua.AppendLine(CultureInfo.InvariantCulture, $"headers{i}[ {Literal(name)} ] = {Literal(value)}");
            }
        }

        lua.AppendLine("request = function()");
        lua.AppendLine("  counter = counter + 1");
        lua.AppendLine("  local n = counter");
        for (var i = 0; i < templates.Count; i++)
        {
            var t = templates[i];
            lua.AppendLine(CultureInfo.InvariantCulture, $"  if n % {templates.Count} == {i} then");
            lua.AppendLine(CultureInfo.InvariantCulture, $"    return wrk.format({Literal(t.Method)}, {Expression(t.Path, run)}, headers{i}, {(t.Body is null ? "nil" : Expression(t.Body, run))})");
            lua.AppendLine("  end");
        }

        lua.AppendLine("end");
        lua.AppendLine("done = function(summary, latency, requests)");
        lua.AppendLine(CultureInfo.InvariantCulture, $"  io.write(string.format(\"{Marker} %d %d %d %d %d %d %d %.1f %.1f\\n\", summary.requests, summary.duration,");
        lua.AppendLine("    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,");
        lua.AppendLine("    latency:percentile(50), latency:percentile(99)))");
        lua.AppendLine("end");
        return lua.ToString();
    }

    private static string Expression(string text, string run)
    {
        var parts = RequestTemplate.Parse(text).Select(p => p switch
        {
            { Literal: { } literal } => Literal(literal),
            { IsRun: true } => Literal(run),
            { Modulo: > 0 and var k } => $"string.format(\"%d\", n % {k})",
            _ => "string.format(\"%d\", n)",
        }).ToArray();
        return parts.Length == 0 ? "\"\"" : string.Join(" .. ", parts);
    }

    private static string Literal(string text) =>
        text.Contains("]==]", StringComparison.Ordinal) || text.StartsWith('\n')
            ? throw new ArgumentException($"text not expressible as a Lua long string: {text}")
            : $"[==[{text}]==]";
}
