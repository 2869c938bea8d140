namespace Harness.Cli.Commands;

/// <summary>The small files <c>init</c> writes from text rather than from an embedded template.</summary>
internal static class InitFiles
{
    /// <summary>VS Code's YAML extension validates and completes every scenario file against the schema.</summary>
    public const string VsCodeSettings = """
        {
          "yaml.schemas": {
            "./schemas/scenario.schema.json": "*.scenario.yaml"
          },
          "files.associations": {
            "*.scenario.yaml": "yaml"
          }
        }

        """;

    public const string VsCodeExtensions = """
        {
          "recommendations": ["redhat.vscode-yaml"]
        }

        """;

    public const string ReadmeHeading = "## Contract tests (Harness)";

    public const string ReadmeSection = """
        ## Contract tests (Harness)

        The scenarios under `specs/` say how the APIs we use must behave; the `harness` tool replays them:

        ```bash
        harness run                       # every scenario against the in-process mock; exit 0 when all pass
        harness run --target https://…    # the same against a real implementation (keys: HARNESS_API_KEY_<API>)
        harness lint                      # check the scenario files without sending anything
        harness mock                      # serve the stateful mock on http://127.0.0.1:5080 for the app
        ```

        One scenario per file, `specs/<api>/<topic>.scenario.yaml`. VS Code checks them against
        `schemas/scenario.schema.json` (install the recommended YAML extension). CI runs them from
        `.github/workflows/harness.yml`: against the mock on every push, against the real target nightly.

        """;
}
