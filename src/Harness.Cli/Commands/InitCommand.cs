using System.CommandLine;
using System.Reflection;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness init [FOLDER]</c>: scaffolds a team's folder so that <c>harness run</c> passes there at once:
/// a sample scenario per API, the scenario schema with the editor mapped to it, a CI workflow, a README section.
/// Existing files are kept unless <c>--force</c>.
/// </summary>
internal static class InitCommand
{
    /// <summary>Embedded files (<c>init/…</c>, see the project file) and where they land in the new folder.</summary>
    private const string TemplatePrefix = "init/";

    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "Folder to set up (default: the current one)", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist" };
        var command = new Command("init", "Set up a folder for contract tests: sample scenarios, editor settings, a CI workflow, a README section")
        {
            folder, force,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var root = Path.GetFullPath(result.GetValue(folder)!);
            var output = result.InvocationConfiguration.Output;
            try
            {
                var written = Scaffold(root, result.GetValue(force));
                foreach (var (path, action) in written)
                {
                    await output.WriteLineAsync($"{action,-8} {Path.GetRelativePath(Environment.CurrentDirectory, path)}").ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"error: cannot set up {root}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var cd = Path.GetFullPath(Environment.CurrentDirectory) == root ? "" : $"cd {Path.GetRelativePath(Environment.CurrentDirectory, root)} && ";
            await output.WriteLineAsync($"\nNext: {cd}harness run   (the samples pass against the in-process mock; add your own scenarios under specs/)")
                .ConfigureAwait(false);
            return ExitCodes.Passed;
        });
        return command;
    }

    /// <summary>Writes every file; returns each path with what happened to it (created, replaced, kept, extended).</summary>
    internal static IReadOnlyList<(string Path, string Action)> Scaffold(string root, bool force)
    {
        var done = new List<(string, string)>();
        foreach (var (relative, content) in Templates())
        {
            done.Add(Write(Path.Combine(root, relative), content, force));
        }

        done.Add(Write(Path.Combine(root, ".vscode", "settings.json"), InitFiles.VsCodeSettings, force));
        done.Add(Write(Path.Combine(root, ".vscode", "extensions.json"), InitFiles.VsCodeExtensions, force));
        done.Add(AppendReadme(Path.Combine(root, "README.md")));
        return done;
    }

    /// <summary>The embedded files: <c>init/specs/…</c> samples, <c>init/schemas/…</c>, and the CI workflow.</summary>
    private static IEnumerable<(string Relative, string Content)> Templates()
    {
        var assembly = typeof(InitCommand).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(TemplatePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            // MSBuild writes the folder part with the build machine's separator.
            var relative = name[TemplatePrefix.Length..].Replace('\\', '/') switch
            {
                "ci/github-actions.yml" => Path.Combine(".github", "workflows", "harness.yml"),
                var other => other.Replace('/', Path.DirectorySeparatorChar),
            };
            yield return (relative, reader.ReadToEnd());
        }
    }

    private static (string, string) Write(string path, string content, bool force)
    {
        var exists = File.Exists(path);
        if (exists && !force)
        {
            return (path, "kept");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return (path, exists ? "replaced" : "created");
    }

    /// <summary>The README gets the section once; a README of the team's own is extended, never replaced.</summary>
    private static (string, string) AppendReadme(string path)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, InitFiles.ReadmeSection);
            return (path, "created");
        }

        var text = File.ReadAllText(path);
        if (text.Contains(InitFiles.ReadmeHeading, StringComparison.Ordinal))
        {
            return (path, "kept");
        }

        File.AppendAllText(path, (text.EndsWith('\n') ? "\n" : "\n\n") + InitFiles.ReadmeSection);
        return (path, "extended");
    }
}
