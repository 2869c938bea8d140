using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

[NonParallelizable]
internal sealed class PathsArgumentTests
{
    [TestCase("run")]
    [TestCase("lint")]
    public async Task AnUnknownOption_IsReportedAsAnUnknownOption_NotAsAMissingPath(string command)
    {
        var (code, output, error) = await CommandRun.InvokeAsync([command, "--bogus", "--openapi", CommandRun.OpenApi]);

        code.Should().Be(2);
        (output + error).Should().Contain("unknown option '--bogus'").And.NotContain("no such file");
    }

    [Test]
    public async Task AMisspeltOption_GetsADidYouMean()
    {
        var (code, output, error) = await CommandRun.InvokeAsync(["run", "--tagg", "smoke", "--openapi", CommandRun.OpenApi]);

        code.Should().Be(2);
        (output + error).Should().Contain("unknown option '--tagg'; did you mean '--tag'?");
    }

    [Test]
    public async Task AFileNamedLikeAnOption_IsStillAPath()
    {
        using var specs = CommandRun.Specs(("-odd.scenario.yaml", """
            scenario: reads an unknown user
            api: iterable
            steps:
              - call: getUserByEmail
                query: { email: "{{ email }}" }
            """));
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = specs.Folder;
        try
        {
            var (code, output, error) = await CommandRun.InvokeAsync(["lint", "--openapi", CommandRun.OpenApi, "--", "-odd.scenario.yaml"]);

            code.Should().Be(0, output + error);
            output.Should().Contain("1 scenario file(s) checked: 0 error(s)");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
