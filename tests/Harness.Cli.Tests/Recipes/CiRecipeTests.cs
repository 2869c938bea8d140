using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Harness.Cli.Commands;
using Harness.Cli.Tests.Commands;
using Harness.Runner.Planning;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;

namespace Harness.Cli.Tests.Recipes;

/// <summary>
/// The CI recipes of <c>docs/ci/</c> are read as their CI system reads them (YAML), and every <c>harness</c>
/// command they run is parsed by the tool's own command line: a renamed option breaks this test, not a team's CI.
/// </summary>
internal sealed partial class CiRecipeTests
{
    private static string Recipe(string name) => Path.Combine(CommandRun.RepoRoot, "docs", "ci", name);

    [Test]
    public void GitHubActions_RunsOnlyHarnessCommandsThatExistAndParse()
    {
        var root = Load("github-actions.yml");
        var commands = new List<string>();
        foreach (var job in Map(root["jobs"]).Children.Values.Cast<YamlMappingNode>())
        {
            // A matrix value stands in for its expression, every value in turn.
            var shards = job.Children.TryGetValue("strategy", out var strategy)
                ? ((YamlSequenceNode)Map(Map(strategy)["matrix"])["shard"]).Select(n => n.ToString()).ToArray()
                : ["1"];
            var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>();
            foreach (var script in steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()))
            {
                commands.AddRange(shards.SelectMany(shard => HarnessLines(script.Replace("${{ matrix.shard }}", shard, StringComparison.Ordinal))));
            }
        }

        CheckCommands(commands);
        Uses(root).Should().Contain(u => u.StartsWith("dorny/test-reporter@", StringComparison.Ordinal), "the JUnit files are published");
        Uses(root).Should().Contain(u => u.StartsWith("actions/upload-artifact@", StringComparison.Ordinal), "the reports are kept");
        File.ReadAllText(Recipe("github-actions.yml")).Should().Contain("secrets.HARNESS_API_KEY_", "keys for the real target come from secrets");
    }

    [Test]
    public void GitLabCi_RunsOnlyHarnessCommandsThatExistAndParse()
    {
        var root = Load("gitlab-ci.yml");
        var commands = new List<string>();
        var jobs = root.Children.Where(e => e.Value is YamlMappingNode).ToArray();
        foreach (var (name, job) in jobs.Select(e => (e.Key.ToString(), (YamlMappingNode)e.Value)))
        {
            foreach (var key in new[] { "before_script", "script" }.Where(k => job.Children.ContainsKey(k)))
            {
                // GitLab numbers parallel jobs 1..N in CI_NODE_INDEX.
                var lines = ((YamlSequenceNode)job[key]).Select(n => n.ToString())
                    .Select(l => l.Replace("$CI_NODE_INDEX", "2", StringComparison.Ordinal).Replace("$CI_NODE_TOTAL", "3", StringComparison.Ordinal));
                commands.AddRange(lines.SelectMany(HarnessLines));
            }

            if (job.Children.ContainsKey("script") && job["script"].ToString().Contains("--junit", StringComparison.Ordinal))
            {
                Map(Map(job["artifacts"])["reports"])["junit"].ToString().Should().StartWith("reports/junit", $"job {name} hands its JUnit file to GitLab");
            }
        }

        CheckCommands(commands);
    }

    /// <summary>Each recipe lints, runs against the mock in shards and against a real target, and writes JUnit.</summary>
    private static void CheckCommands(IReadOnlyList<string> commands)
    {
        var parsed = commands.Select(Parse).ToArray();
        parsed.Should().Contain(p => p.Command == "lint");
        parsed.Should().Contain(p => p.Command == "run" && p.Tokens.Contains("--shard") && p.Tokens.Contains("--junit"));
        parsed.Should().Contain(p => p.Command == "run" && p.Tokens.Contains("--target") && p.Tokens.Contains("--junit"));
        foreach (var (line, command, tokens) in parsed.Where(p => p.Command == "run" && p.Tokens.Contains("--shard")))
        {
            Shard.TryParse(tokens[tokens.IndexOf("--shard") + 1], out _, out var problem).Should().BeTrue($"{line}: {problem}");
        }
    }

    private static (string Line, string Command, List<string> Tokens) Parse(string line)
    {
        var tokens = Words(line).Skip(1).ToList();
        var result = CliRoot.Create(_ => null).Parse(tokens);
        result.Errors.Select(e => e.Message).Should().BeEmpty($"'{line}' must parse");
        result.CommandResult.Command.Should().NotBeOfType<RootCommand>($"'{line}' names a command");
        return (line, result.CommandResult.Command.Name, tokens);
    }

    /// <summary>The lines of a script that call the tool, shell variables given a sample value.</summary>
    private static IEnumerable<string> HarnessLines(string script) =>
        script.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("harness ", StringComparison.Ordinal))
            .Select(l => Variable().Replace(l, "https://example.test"));

    /// <summary>A shell line split into words: quotes group and disappear, as the shell does it.</summary>
    private static IEnumerable<string> Words(string line)
    {
        var word = new StringBuilder();
        var quote = '\0';
        var inWord = false;
        foreach (var c in line)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    yield return word.ToString();
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            yield return word.ToString();
        }
    }

    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Recipe(name));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node) => (YamlMappingNode)node;

    private static IEnumerable<string> Uses(YamlMappingNode root) =>
        Map(root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey("uses")).Select(step => step["uses"].ToString());

    [GeneratedRegex(@"\$\{\{[^}]*\}\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?")]
    private static partial Regex Variable();
}
