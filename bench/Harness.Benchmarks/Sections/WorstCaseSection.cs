using System.Diagnostics;
using System.Text;
using Harness.Benchmarks.Report;
using Harness.Mock;
using Harness.Mock.Server;
using Spectre.Console;

namespace Harness.Benchmarks.Sections;

/// <summary>
/// The worst body a client can send under the size limit: 1 MiB where every value breaks the schema, per
/// vendor. Reported as time per MiB, and against the same body at half the size in the same run: the target
/// is linear cost (validation describes 100 violations, then only counts; before, cost grew with the square).
/// </summary>
internal static class WorstCaseSection
{
    private const string Section = "worst case";
    private const int Repeats = 5;

    public static async Task RunAsync(Results results, CancellationToken cancellationToken)
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions(), cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromMinutes(5) };
        foreach (var (api, path, header, what, fill) in Cases())
        {
            AnsiConsole.MarkupLine($"[grey]  {api} {path}: {what}…[/]");
            var (full, half) = await TimeAsync(http, mock.UrlOf(api) + path, header, fill(1024 * 1024), fill(512 * 1024), cancellationToken).ConfigureAwait(false);
            var ratio = Stats.Median(full) / Math.Max(0.001, Stats.Median(half));
            results.Add(new MetricRow(Section, $"{api} {path}: 1 MiB body, {what} (median of {Repeats})",
                $"{Stats.Median(full):0} ms per MiB; {ratio:0.00}× the ½ MiB body",
                new Verdict("1 MiB ≤ 2.5× ½ MiB (linear)", ratio <= 2.5)));
        }
    }

    private static IEnumerable<(string Api, string Path, string Header, string What, Func<int, byte[]> Fill)> Cases()
    {
        // Numbers where texts belong, unique so no de-duplication shrinks the list; just under 1 MiB.
        yield return ("netmera", "/tagUsers", "X-netmera-api-key", "every id a number where a text belongs",
            size => Fill(size, "{\"tag\":\"Sport\",\"extIds\":[", i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), "]}"));
        yield return ("netmera", "/setProfileAttributes", "X-netmera-api-key", "every item's extId a number",
            size => Fill(size, "[", i => $"{{\"extId\":{i},\"profile\":{{}}}}", "]"));
        // One array attribute: pushing each value checks it against the whole array (a set).
        yield return ("netmera", "/pushProfileAttributes", "X-netmera-api-key", "1 MiB of values for one array attribute",
            size => Fill(size, "[{\"extId\":\"worst\",\"profile\":{\"k\":[", i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), "]}}]"));
        // Iterable's request bodies have no typed lists: the heaviest body is a profile with 1 MiB of new fields.
        yield return ("iterable", "/users/update", "Api-Key", "1 MiB of new dataFields keys (valid)",
            size => Fill(size, "{\"email\":\"worst@example.com\",\"dataFields\":{", i => $"\"f{i}\":{i}", "}}"));
        // The same keys, not to be created: each is taken out of the sent object.
        yield return ("iterable", "/users/update", "Api-Key", "1 MiB of new dataFields keys with createNewFields false",
            size => Fill(size, "{\"email\":\"dropped@example.com\",\"createNewFields\":false,\"dataFields\":{", i => $"\"f{i}\":{i}", "}}"));
    }

    private static byte[] Fill(int size, string head, Func<int, string> item, string tail)
    {
        var text = new StringBuilder(head);
        for (var i = 0; text.Length < size - 64; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(item(i));
        }

        return Encoding.UTF8.GetBytes(text.Append(tail).ToString());
    }

    /// <summary>
    /// The two bodies in turn, so that both meet the same state of the heap and the machine: timed one after the
    /// other, the first size met a young heap and the second the garbage of the first.
    /// </summary>
    private static async Task<(List<double> Full, List<double> Half)> TimeAsync(HttpClient http, string url, string header, byte[] full, byte[] half,
        CancellationToken cancellationToken)
    {
        var (fullTimes, halfTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i <= Repeats; i++)
        {
            foreach (var (body, times) in new[] { (full, fullTimes), (half, halfTimes) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new("application/json");
                request.Headers.Add(header, "worst-case-key");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (i > 0)
                {
                    // The first round warms up the JIT.
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }

        return (fullTimes, halfTimes);
    }
}
