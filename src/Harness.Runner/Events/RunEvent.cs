using Harness.Core.Scenarios;
using Harness.Runner.Results;

namespace Harness.Runner.Events;

/// <summary>Something that happened during a run. Reporters see the run only through these.</summary>
internal abstract record RunEvent;

internal sealed record RunStarted(IReadOnlyList<ScenarioCase> Cases, string Target, DateTimeOffset At) : RunEvent;

internal sealed record ScenarioStarted(ScenarioCase Case) : RunEvent;

internal sealed record StepFinished(ScenarioCase Case, StepResult Step) : RunEvent;

internal sealed record ScenarioFinished(ScenarioResult Result) : RunEvent;

internal sealed record RunFinished(RunResult Result) : RunEvent;
