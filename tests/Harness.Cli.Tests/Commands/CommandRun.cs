using System.CommandLine;
using Harness.Cli.Commands;

namespace Harness.Cli.Tests.Commands;

/// <summary>Invokes <c>run</c> and <c>lint</c> as the CLI would, capturing output, error and exit code.</summary>
internal static class CommandRun
{
    public static string RepoRoot { get; } = FindRoot();

    public static string OpenApi => Path.Combine(RepoRoot, "openapi");

    public static async Task<(int Code, string Output, string Error)> InvokeAsync(string[] args, Func<string, string?>? environment = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await InvokeAsync(args, output, error, environment);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>With the writers given, so a test can read the output while the command still runs.</summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        var root = CliRoot.Create(environment ?? (_ => null));
        return CommandLineInvoker.InvokeAsync(root, args, new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    /// <summary>A temporary folder holding scenario files, deleted on dispose.</summary>
    public static TempSpecs Specs(params (string Name, string Yaml)[] files) => new(files);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Harness.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("no Harness.sln above the test assembly");
    }
}

internal sealed class TempSpecs : IDisposable
{
    public TempSpecs((string Name, string Yaml)[] files)
    {
        Folder = Directory.CreateTempSubdirectory("harness-cli-").FullName;
        foreach (var (name, yaml) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(Folder, name), yaml);
        }
    }

    public string Folder { get; }

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
