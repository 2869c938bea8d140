using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Templates;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios.Linting;

public static partial class ScenarioLinter
{
    private static void CheckVariables(Scenario scenario, DiagnosticBag diagnostics)
    {
        var scope = new LintScope();
        foreach (var row in scenario.Examples)
        {
            foreach (var value in row.Values)
            {
                // Row values are filled first, so they can use built-ins but no vars.
                Walk(value.Value, new LintScope(), diagnostics);
            }
        }

        DefineColumns(scenario.Examples, scope);
        if (scenario.Tenant is { } tenant)
        {
            // The key is chosen before vars are filled (vars may use {{ apiKey }}), so only row values reach it.
            Walk(tenant, scope, diagnostics);
        }

        foreach (var variable in scenario.Vars)
        {
            Walk(variable.Value, scope, diagnostics);
            scope.Define(variable.Key);
        }

        if (scenario.Given is { } given)
        {
            foreach (var node in new[] { given.Tenant, given.Seed }.OfType<ScenarioNode>().Concat(given.Actions.Select(a => a.Body)))
            {
                Walk(node, scope, diagnostics);
            }
        }

        foreach (var step in scenario.Steps)
        {
            foreach (var capture in step.Captures)
            {
                scope.CapturedLater(capture.Name.Value, step.Index);
            }
        }

        foreach (var step in scenario.Steps)
        {
            CheckStepVariables(step, scope, diagnostics);
            foreach (var capture in step.Captures)
            {
                scope.Captured(capture.Name.Value);
                scope.Define(capture.Name.Value);
            }
        }
    }

    private static void DefineColumns(IReadOnlyList<ExampleRow> rows, LintScope scope)
    {
        foreach (var name in rows.SelectMany(r => r.Values.Select(v => v.Key)).Distinct(StringComparer.Ordinal))
        {
            if (rows.FirstOrDefault(r => !r.Defines(name)) is { } missing)
            {
                scope.DefinePartially(name, missing.Index);
            }
            else
            {
                scope.Define(name);
            }
        }
    }

    private static void CheckStepVariables(Step step, LintScope scope, DiagnosticBag diagnostics)
    {
        var nodes = new List<ScenarioNode?> { step.Body, step.RawBody, step.ContentType, step.ApiKey?.Value, step.Url };
        nodes.AddRange(step.Path.Concat(step.Query).Concat(step.Headers).Select(p => p.Value));
        if (step.Expect is { } expect)
        {
            nodes.Add(expect.Status);
            nodes.Add(expect.Body);
            foreach (var json in expect.Json)
            {
                CheckJsonPath(json.Target, scope, diagnostics);
                nodes.Add(json.Expected.Node);
            }

            nodes.AddRange(expect.Headers.Select(h => h.Expected.Node));
        }

        foreach (var node in nodes.OfType<ScenarioNode>())
        {
            Walk(node, scope, diagnostics);
        }

        foreach (var capture in step.Captures)
        {
            CheckJsonPath(capture.Path, scope, diagnostics);
        }
    }

    private static void Walk(ScenarioNode node, LintScope scope, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case ScalarNode scalar:
                CheckTemplate(scalar, scope, diagnostics);
                break;
            case MappingNode { Entries: [{ Name: ValueForms.Generate } generate] }:
                CheckGenerate(generate, scope, diagnostics);
                break;
            case MappingNode map:
                foreach (var entry in map.Entries)
                {
                    Walk(entry.Value, scope, diagnostics);
                }

                break;
            case SequenceNode list:
                foreach (var item in list.Items)
                {
                    Walk(item, scope, diagnostics);
                }

                break;
        }
    }

    private static void CheckTemplate(ScalarNode scalar, LintScope scope, DiagnosticBag diagnostics)
    {
        if (scalar.Literal.Type != Newtonsoft.Json.Linq.JTokenType.String)
        {
            return;
        }

        var template = Template.Parse(scalar.Text);
        if (template.Error is { } error)
        {
            diagnostics.Error(TemplateLocation.Of(scalar, template.ErrorOffset, 2), $"bad placeholder: {error}");
            return;
        }

        foreach (var placeholder in template.Placeholders)
        {
            if (scope.Explain(placeholder.Value) is { } problem)
            {
                diagnostics.Error(TemplateLocation.Of(scalar, placeholder.Offset, placeholder.Length), problem.Message, problem.Hint);
            }
        }
    }
}
