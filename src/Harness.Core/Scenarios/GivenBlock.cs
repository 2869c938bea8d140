using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios;

/// <summary>State only a harness mock can create, set up through its admin calls before the first step.</summary>
public sealed record GivenBlock(SourceLocation Location)
{
    /// <summary>Forget the tenant's state first (useful with a fixed <c>tenant</c> key).</summary>
    public bool Reset { get; init; }

    /// <summary>Tenant settings, sent to <c>PUT /__harness/tenants/{key}</c>.</summary>
    public ScenarioNode? Tenant { get; init; }

    /// <summary>
    /// Admin calls a module offers, in order, each sent to <c>POST /__harness/{api}/{name}?tenant={key}</c>:
    /// the <c>actions:</c> list, and <c>devices:</c> as the short form of the action <c>devices</c>.
    /// </summary>
    public IReadOnlyList<GivenAction> Actions { get; init; } = [];

    /// <summary>
    /// Fault rules for this tenant only (a rule object or a list of them), sent to
    /// <c>POST /__harness/faults?tenant={key}</c>: how a scenario meets a forced 500 without disturbing others.
    /// </summary>
    public ScenarioNode? Faults { get; init; }

    /// <summary>A fixture document, sent to <c>POST /__harness/seed?tenant={key}</c>.</summary>
    public ScenarioNode? Seed { get; init; }
}

/// <summary>One module admin call of a <c>given:</c> block: the action's name and its JSON body.</summary>
public sealed record GivenAction(string Name, ScenarioNode Body, SourceLocation Location);
