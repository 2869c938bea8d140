using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Harness.Benchmarks.Report;

/// <summary>The machine a run measured: the figures mean little without it.</summary>
internal sealed record MachineInfo(int Cores, string Cpu, string Memory, string Os, string Dotnet, string Gc, DateTimeOffset Date)
{
    /// <summary>1-minute load average at the start of the run and now: other work on the machine skews every figure.</summary>
    public string LoadAtStart { get; init; } = LoadAverage();

    public static string LoadAverage() =>
        ReadField("/proc/loadavg", @"^(\S+ \S+ \S+)") is { } load ? load + " (1, 5, 15 min)" : "unknown";

    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        ReadField("/proc/cpuinfo", @"^model name\s*:\s*(.+)$") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        ReadField("/proc/meminfo", @"^MemTotal:\s*(\d+) kB") is { } kb
            ? $"{long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB"
            : "unknown",
        (ReadField("/etc/os-release", "^PRETTY_NAME=\"?([^\"]+)\"?$") ?? RuntimeInformation.OSDescription) + $" ({RuntimeInformation.OSArchitecture}, kernel {Environment.OSVersion.Version})",
        RuntimeInformation.FrameworkDescription,
        System.Runtime.GCSettings.IsServerGC ? "server" : "workstation, concurrent",
        DateTimeOffset.UtcNow);

    private static string? ReadField(string file, string pattern)
    {
        try
        {
            var match = Regex.Match(File.ReadAllText(file), pattern, RegexOptions.Multiline);
            return match.Success ? match.Groups[1].Value.Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
