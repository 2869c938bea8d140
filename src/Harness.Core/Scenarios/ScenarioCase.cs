namespace Harness.Core.Scenarios;

/// <summary>One run of a scenario: the scenario alone, or with one example row's values as vars.</summary>
public sealed record ScenarioCase(Scenario Scenario, ExampleRow? Row)
{
    /// <summary><c>scenario</c>, <c>scenario [row 2]</c>, or the row's own <c>name</c>.</summary>
    public string Name => Row switch
    {
        null => Scenario.Name.Value,
        { Name: { } name } => $"{Scenario.Name.Value} [{name}]",
        _ => $"{Scenario.Name.Value} [row {Row.Index}]",
    };

    public string File => Scenario.File;

    /// <summary>A stable id for reports and test explorers: the file and the row.</summary>
    public string Id => Row is null ? File : $"{File}#{Row.Index}";

    public override string ToString() => Name;
}
