using System.Text;

namespace Harness.Benchmarks.Report;

/// <summary>
/// The run's tables as Markdown, for <c>docs/benchmarks.md</c>: written to a file, or spliced into the docs
/// between the markers <c>&lt;!-- results:begin --&gt;</c> and <c>&lt;!-- results:end --&gt;</c>.
/// </summary>
internal static class MarkdownReport
{
    public const string Begin = "<!-- results:begin -->";
    public const string End = "<!-- results:end -->";

    public static string Render(Results results, MachineInfo m, string command, string driver)
    {
        var md = new StringBuilder();
        md.AppendLine("| machine | |").AppendLine("|---|---|");
        md.AppendLine($"| date | {m.Date:yyyy-MM-dd HH:mm} UTC |");
        md.AppendLine($"| command | `{command}` |");
        md.AppendLine($"| cores (`nproc`) | {m.Cores} — {m.Cpu} |");
        md.AppendLine($"| memory | {m.Memory} |");
        md.AppendLine($"| OS | {m.Os} |");
        md.AppendLine($"| .NET | {m.Dotnet}, GC {m.Gc} |");
        md.AppendLine($"| load generator | {driver} |");
        md.AppendLine($"| load average (other work on the machine) | start {m.LoadAtStart}; end {MachineInfo.LoadAverage()} |");
        md.AppendLine();
        if (results.Throughput.Count > 0)
        {
            md.AppendLine("| scenario | what each request does | mock req/s | p50 | p99 | ceiling req/s | ceiling p99 | × ceiling | errors | target |");
            md.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|---|");
            foreach (var r in results.Throughput)
            {
                md.AppendLine($"| {r.Name} | {r.Description} | {Format.PerSecond(r.Mock.PerSecond)} | {Format.Millis(r.Mock.P50Micros)} | {Format.Millis(r.Mock.P99Micros)} | {Format.PerSecond(r.Ceiling.PerSecond)} | {Format.Millis(r.Ceiling.P99Micros)} | **{Format.Ratio(r.Ratio)}** | {Format.Count(r.Mock.Errors)} | {Mark(r.Target)} |");
            }

            md.AppendLine();
        }

        if (results.Metrics.Count > 0)
        {
            md.AppendLine("| section | measure | value | target |");
            md.AppendLine("|---|---|--:|---|");
            foreach (var r in results.Metrics)
            {
                md.AppendLine($"| {r.Section} | {r.Name} | {r.Text} | {Mark(r.Target)} |");
            }

            md.AppendLine();
        }

        foreach (var note in results.Notes)
        {
            md.AppendLine($"- {note}");
        }

        return md.ToString();
    }

    /// <summary>Replaces the text between the markers of <paramref name="file"/> with <paramref name="table"/>.</summary>
    public static void Splice(string file, string table)
    {
        var text = File.ReadAllText(file);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"{file} has no {Begin} … {End} block to fill");
        }

        File.WriteAllText(file, text[..(begin + Begin.Length)] + "\n" + table + text[end..]);
    }

    private static string Mark(Verdict? v) => v is null ? "" : $"{(v.Met == false ? "**MISSED**" : v.Mark)} {v.Target}{(v.Why is null ? "" : " — " + v.Why)}";
}
