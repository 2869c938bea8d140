using System.Text.RegularExpressions;
using FluentAssertions;
using FluentAssertions.Execution;
using Harness.Cli.Tests.Commands;
using NUnit.Framework;

namespace Harness.Cli.Tests.HostileScenarios;

/// <summary>
/// Golden-file tests of broken scenario files: each file of <c>Cases/</c> holds one mistake, and its
/// <c>.expected.txt</c> holds exactly what <c>lint</c> prints for it. The files are read from the source tree
/// (nothing is copied to the output folder). With <c>HARNESS_UPDATE_GOLDEN=1</c> the golden files are written
/// instead of compared; see README.md.
/// </summary>
/// <remarks>Runs with the repository root as working directory, so paths print as users see them.</remarks>
[NonParallelizable]
internal sealed partial class HostileScenarioTests
{
    private const string CasesFolder = "tests/Harness.Cli.Tests/HostileScenarios/Cases";
    private const string ScenarioSuffix = ".scenario.yaml";
    private const string GoldenSuffix = ".expected.txt";

    /// <summary>
    /// Cases whose checks fail today because of a defect of lint (reported to the lead): they end as warnings,
    /// not failures, until the defect is fixed. Remove an entry when its case passes (the test says so).
    /// </summary>
    private string? _previousDirectory;

    private static bool Updating => Environment.GetEnvironmentVariable("HARNESS_UPDATE_GOLDEN") == "1";

    public static IEnumerable<TestCaseData> Cases() =>
        Directory.EnumerateFiles(Path.Combine(CommandRun.RepoRoot, CasesFolder), "*" + ScenarioSuffix)
            .Select(file => Path.GetFileName(file)[..^ScenarioSuffix.Length])
            .Order(StringComparer.Ordinal)
            .Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [OneTimeSetUp]
    public void UseTheRepositoryRoot()
    {
        _previousDirectory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = CommandRun.RepoRoot;
    }

    [OneTimeTearDown]
    public void RestoreTheWorkingDirectory()
    {
        if (_previousDirectory is not null)
        {
            Environment.CurrentDirectory = _previousDirectory;
        }
    }

    [Test]
    public void TheCasesFolder_HoldsAGoldenFileForEveryCase_AndNothingElse()
    {
        var folder = Path.Combine(CommandRun.RepoRoot, CasesFolder);
        var scenarios = Directory.EnumerateFiles(folder, "*" + ScenarioSuffix).Select(f => Path.GetFileName(f)[..^ScenarioSuffix.Length]).Order(StringComparer.Ordinal).ToArray();
        var goldens = Directory.EnumerateFiles(folder, "*" + GoldenSuffix).Select(f => Path.GetFileName(f)[..^GoldenSuffix.Length]).Order(StringComparer.Ordinal).ToArray();

        scenarios.Should().HaveCountGreaterThanOrEqualTo(20);
        goldens.Should().Equal(scenarios, "every case needs its golden file (HARNESS_UPDATE_GOLDEN=1 writes them)");
        Directory.EnumerateFileSystemEntries(folder).Should().HaveCount(scenarios.Length * 2, "the folder holds only cases and golden files");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Lint_PrintsTheGoldenDiagnostics_AndExitsTwo(string name)
    {
        var scenario = $"{CasesFolder}/{name}{ScenarioSuffix}";
        var golden = Path.Combine(CommandRun.RepoRoot, CasesFolder, name + GoldenSuffix);

        var (code, output, error) = await CommandRun.InvokeAsync(["lint", scenario, "--openapi", "openapi"]);
        var actual = Scrub(output);

        if (Updating)
        {
            await File.WriteAllTextAsync(golden, actual);
        }

        (actual + error).Should().NotContain("   at ").And.NotContain("Exception", "a broken file is a diagnostic, never a crash");
        if (!Updating)
        {
            actual.Should().Be(Normalize(await File.ReadAllTextAsync(golden)),
                "lint output must match {0} (set HARNESS_UPDATE_GOLDEN=1 to rewrite it after a deliberate change)", name + GoldenSuffix);
        }

        string[] failures;
        using (var scope = new AssertionScope())
        {
            code.Should().Be(2, "lint must reject the file\n" + actual + Scrub(error));
            actual.Should().MatchRegex($"(?m)^{Regex.Escape(scenario)}:[0-9]+:[0-9]+: error: ", "every mistake is reported at file:line:col");
            CheckShape(actual, scenario);
            failures = scope.Discard();
        }

        Judge(failures);
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Run_RefusesTheFile_WithTheSameDiagnostics_AndExitsTwo(string name)
    {
        var scenario = $"{CasesFolder}/{name}{ScenarioSuffix}";

        var (_, lintOutput, _) = await CommandRun.InvokeAsync(["lint", scenario, "--openapi", "openapi"]);
        var (code, output, error) = await CommandRun.InvokeAsync(["run", scenario, "--openapi", "openapi"]);

        (output + error).Should().NotContain("   at ").And.NotContain("Exception", "a broken file is a diagnostic, never a crash");
        string[] failures;
        using (var scope = new AssertionScope())
        {
            code.Should().Be(2, "run must not send anything for a file lint rejects\n" + Scrub(output) + Scrub(error));
            Scrub(output).Should().Be(Scrub(lintOutput), "run reports the same diagnostics as lint");
            error.Should().Contain("nothing was run");
            failures = scope.Discard();
        }

        Judge(failures);
    }

    private static void Judge(string[] failures)
    {
        if (failures.Length > 0)
        {
            Assert.Fail(string.Join("\n", failures));
        }
    }

    /// <summary>
    /// Each diagnostic is a block: a header line <c>file:line:col: error: reason</c> with a non-empty one-line
    /// reason, then the quoted source line and caret, then labelled lines (<c>hint:</c>). The last line is the summary.
    /// </summary>
    private static void CheckShape(string output, string scenario)
    {
        var blocks = output.TrimEnd('\n').Split("\n\n");
        blocks[^1].Should().MatchRegex(@"^1 scenario file\(s\) checked: [0-9]+ error\(s\), [0-9]+ warning\(s\)$", "the output ends with the summary line");
        foreach (var block in blocks[..^1])
        {
            var lines = block.Split('\n');
            lines[0].Should().MatchRegex($@"^{Regex.Escape(scenario)}:[0-9]+:[0-9]+: (error|warning): \S.*$", "a diagnostic starts with file:line:col and a reason");
            foreach (var line in lines.Skip(1))
            {
                line.Should().MatchRegex(@"^( [0-9]+ \| .*| +\| +\^~*|  [a-z]+: +\S.*|       +\S.*)$",
                    "after its one-line reason a diagnostic has only the quoted line, the caret and labelled lines:\n" + block);
            }

            if (lines.Length > 1 && QuoteLine().IsMatch(lines[1]))
            {
                lines.Should().HaveCountGreaterThan(2);
                lines[2].Should().MatchRegex(@"^ +\| +\^~*$", "the quoted line is followed by its caret");
            }
        }
    }

    /// <summary>Output with volatile parts removed: the absolute repository root, and \r\n line breaks.</summary>
    private static string Scrub(string text)
    {
        var normalized = Normalize(text);
        var root = CommandRun.RepoRoot.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return normalized
            .Replace(root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(root.Replace('\\', '/') + "/", "", StringComparison.Ordinal);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^ [0-9]+ \| ")]
    private static partial Regex QuoteLine();
}
