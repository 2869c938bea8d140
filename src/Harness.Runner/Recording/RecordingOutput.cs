using Harness.Runner.Reporting;

namespace Harness.Runner.Recording;

/// <summary>The files a recording (or a journal export) leaves behind.</summary>
internal sealed record RecordingFiles(IReadOnlyList<string> Scenarios, string? DriftJson, string? DriftHtml, IReadOnlyList<string> Notes);

/// <summary>
/// Writes what a session recorded: a scenario per API and the drift report. Every key the client sent is
/// masked in every file, as a last guard (the scenario writer never writes the key header to begin with).
/// </summary>
internal static class RecordingOutput
{
    public static RecordingFiles Write(RecordingSession session, string folder, string target, string title)
    {
        var masker = new SecretMasker(session.Keys);
        var exchanges = session.Exchanges;
        var scenarios = WriteScenarios(session.Catalog, exchanges, folder, title, $"Recorded through harness record from {target}", masker);
        var drift = session.Drift;
        var json = Path.Combine(folder, "drift.json");
        var html = Path.Combine(folder, "drift.html");
        ReportFile.Write(json, DriftReport.Json(target, exchanges, drift, masker));
        ReportFile.Write(html, DriftReport.Html(target, exchanges, drift, masker));
        return scenarios with { DriftJson = json, DriftHtml = html };
    }

    /// <summary>Scenario files only (journal export): <paramref name="file"/> for one API, suffixed by API for several.</summary>
    public static RecordingFiles WriteScenarios(Core.OpenApi.ApiCatalog catalog, IReadOnlyList<RecordedExchange> exchanges, string folderOrFile, string title,
        string description, SecretMasker masker, bool isFile = false)
    {
        var written = new ScenarioWriter(catalog).Write(exchanges, title, description);
        var paths = new List<string>();
        foreach (var scenario in written)
        {
            var path = isFile
                ? written.Count == 1 ? folderOrFile : InsertApi(folderOrFile, scenario.Api)
                : Path.Combine(folderOrFile, $"recorded-{scenario.Api}.scenario.yaml");
            ReportFile.Write(path, masker.Apply(scenario.Yaml));
            paths.Add(path);
        }

        return new RecordingFiles(paths, null, null, written.SelectMany(w => w.Notes).Distinct().Select(masker.Apply).ToArray());
    }

    private static string InsertApi(string file, string api)
    {
        var name = Path.GetFileName(file);
        var dot = name.IndexOf(".scenario.", StringComparison.Ordinal) is var at and >= 0 ? at : name.LastIndexOf('.') is var last and > 0 ? last : name.Length;
        return Path.Combine(Path.GetDirectoryName(file) ?? "", name[..dot] + "-" + api + name[dot..]);
    }
}
