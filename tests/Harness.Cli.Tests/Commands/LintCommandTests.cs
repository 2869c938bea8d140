using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

internal sealed class LintCommandTests
{
    [Test]
    public async Task Lint_CleanFiles_ExitsZero_WithASummary()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", "scenario: s\napi: netmera\nsteps:\n  - call: getSegments\n    headers: { X-netmera-os: IOS }\n"));

        var (code, output, _) = await CommandRun.InvokeAsync(["lint", specs.Folder, "--openapi", CommandRun.OpenApi]);

        code.Should().Be(0);
        output.Should().Contain("1 scenario file(s) checked: 0 error(s), 0 warning(s)");
    }

    [Test]
    public async Task Lint_Mistakes_ExitTwo_WithEveryDiagnostic()
    {
        using var specs = CommandRun.Specs(("bad.scenario.yaml", """
            scenario: s
            api: iterable
            steps:
              - call: disableDevic
              - call: getUserByEmail
                qeury: { email: x }
                expect: { json: { "$.user.email": "{{ mail }}" } }
            """));

        var (code, output, _) = await CommandRun.InvokeAsync(["lint", specs.Folder, "--openapi", CommandRun.OpenApi]);

        code.Should().Be(2);
        output.Should().Contain("bad.scenario.yaml:4:11: error: unknown operation 'disableDevic'")
            .And.Contain(" 4 |   - call: disableDevic")
            .And.Contain("hint: did you mean 'disableDevice'?")
            .And.Contain("bad.scenario.yaml:6:5: error: unknown key 'qeury' in a step")
            .And.Contain("bad.scenario.yaml:7:40: error: undefined variable 'mail'")
            .And.Contain("hint: did you mean 'email'?")
            .And.Contain("1 scenario file(s) checked: 3 error(s)");
        output.Should().NotContain("   at ");
    }

    [Test]
    public async Task Lint_WithABadOpenApiFolder_ExitsTwo()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", "scenario: s\napi: iterable\nsteps:\n  - call: x\n"));

        var (code, _, error) = await CommandRun.InvokeAsync(["lint", specs.Folder, "--openapi", specs.Path("nothing-here")]);

        code.Should().Be(2);
        error.Should().Contain("no such folder of OpenAPI files");
    }
}
