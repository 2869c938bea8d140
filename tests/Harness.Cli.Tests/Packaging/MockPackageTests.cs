using System.Text.RegularExpressions;
using FluentAssertions;
using Harness.Cli.Tests.Commands;
using NUnit.Framework;

namespace Harness.Cli.Tests.Packaging;

/// <summary>
/// The in-process mock as a NuGet package: packed, referenced from a local folder by a throwaway NUnit project
/// whose only test is the C# example of README.md, taken from the README as it stands, compiled and run.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
internal sealed partial class MockPackageTests
{
    [Test]
    public async Task TheReadmeExample_CompilesAndPasses_AgainstThePackedMock()
    {
        using var work = CommandRun.Specs();
        var packages = work.Path("packages");
        var project = Directory.CreateDirectory(work.Path("consumer")).FullName;
        var version = Dotnet.FreshVersion();
        foreach (var library in new[] { "Harness.Core", "Harness.Mock" })
        {
            var pack = await Dotnet.RunAsync(CommandRun.RepoRoot, "pack", Path.Combine("src", library), "--no-build", "-c", Dotnet.Configuration,
                "-o", packages, $"-p:PackageVersion={version}");
            pack.Code.Should().Be(0, pack.Output);
        }

        File.WriteAllText(Path.Combine(project, "Consumer.Tests.csproj"), ConsumerProject(version));
        File.WriteAllText(Path.Combine(project, "nuget.config"), NuGetConfig(packages));
        File.WriteAllText(Path.Combine(project, "ReadmeExample.cs"), ReadmeExample());

        var test = await Dotnet.RunAsync(project, "test");

        test.Code.Should().Be(0, test.Output);
        test.Output.Should().MatchRegex(@"Passed:\s+1\b").And.MatchRegex(@"Failed:\s+0\b");
    }

    /// <summary>The first C# block of the README's section on using the mock from your own tests, verbatim.</summary>
    private static string ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(CommandRun.RepoRoot, "README.md"));
        var section = readme[readme.IndexOf("## Using the mock from your own tests", StringComparison.Ordinal)..];
        return CSharpBlock().Match(section).Groups[1].Value;
    }

    /// <summary>A project outside the repository (no central versions): the packages the README tells a team to add.</summary>
    private static string ConsumerProject(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Harness.Mock" Version="{version}" />
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="NUnit" Version="4.4.0" />
            <PackageReference Include="NUnit3TestAdapter" Version="5.2.0" />
          </ItemGroup>
        </Project>
        """;

    private static string NuGetConfig(string packages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="harness-local" value="{packages}" />
          </packageSources>
        </configuration>
        """;

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
