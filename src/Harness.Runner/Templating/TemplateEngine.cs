using System.Globalization;
using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Linting;
using Harness.Core.Scenarios.Templates;
using Harness.Core.Scenarios.Yaml;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;

namespace Harness.Runner.Templating;

/// <summary>
/// Fills <c>{{ name }}</c> placeholders and turns scenario nodes into JSON. Every token it creates carries
/// its <see cref="SourceLocation"/> as an annotation, so a check comparing against it can name the line.
/// </summary>
internal sealed partial class TemplateEngine(VariableScope scope, ValueGenerator generator)
{
    public VariableScope Scope => scope;

    public JToken Evaluate(ScenarioNode node)
    {
        var token = node switch
        {
            ScalarNode scalar => Value(scalar),
            MappingNode { Entries: [{ Name: ValueForms.Generate } generate] } => Generate(generate),
            MappingNode map => Object(map),
            SequenceNode list => new JArray(list.Items.Select(Evaluate)),
            _ => JValue.CreateNull(),
        };
        return Locate(token, node.Location);
    }

    /// <summary>A scalar's value; one placeholder alone keeps the JSON type of the variable.</summary>
    public JToken Value(ScalarNode scalar)
    {
        var literal = scalar.Literal;
        if (literal.Type != JTokenType.String)
        {
            return literal;
        }

        var template = Parse(scalar);
        if (template.IsSinglePlaceholder)
        {
            var part = template.Parts[0];
            return Lookup(part.Value, TemplateLocation.Of(scalar, part.Offset, part.Length)).DeepClone();
        }

        return new JValue(Fill(scalar, template));
    }

    /// <summary>A scalar as text (URLs, headers, paths): placeholders are always written out.</summary>
    public string Text(ScalarNode scalar)
    {
        // Numbers and booleans go out as written (010 stays 010), not as JSON would print them.
        return scalar.Literal.Type == JTokenType.String ? Fill(scalar, Parse(scalar)) : scalar.Text;
    }

    /// <summary>The text of any JSON value when it has to go into a string: strings bare, the rest as JSON.</summary>
    public static string TextOf(JToken value) => value switch
    {
        { Type: JTokenType.String } => (string)value!,
        { Type: JTokenType.Null } => "",
        { Type: JTokenType.Boolean } => (bool)value ? "true" : "false",
        JValue { Value: IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Json.Compact(value),
    };

    private JObject Object(MappingNode map)
    {
        var result = new JObject();
        foreach (var entry in map.Entries)
        {
            result[entry.Name] = Evaluate(entry.Value);
        }

        return result;
    }

    private string Fill(ScalarNode scalar, Template template)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var part in template.Parts)
        {
            builder.Append(part.IsPlaceholder
                ? TextOf(Lookup(part.Value, TemplateLocation.Of(scalar, part.Offset, part.Length)))
                : part.Value);
        }

        return builder.ToString();
    }

    private static Template Parse(ScalarNode scalar)
    {
        var template = Template.Parse(scalar.Text);
        return template.Error is { } error
            ? throw new TemplateException(TemplateLocation.Of(scalar, template.ErrorOffset, 2), $"bad placeholder: {error}")
            : template;
    }

    private JToken Lookup(string name, SourceLocation location)
    {
        if (scope.TryGet(name, out var value))
        {
            return value;
        }

        return name switch
        {
            TemplateBuiltins.Uuid => generator.Uuid(),
            TemplateBuiltins.Email => generator.Email(),
            TemplateBuiltins.Timestamp => generator.Timestamp(),
            TemplateBuiltins.Now => generator.Now(),
            TemplateBuiltins.RandomInt => generator.RandomInt(),
            TemplateBuiltins.ApiKey => scope.ApiKey,
            TemplateBuiltins.BaseUrl => scope.BaseUrl,
            _ when name.StartsWith(TemplateBuiltins.EnvPrefix, StringComparison.Ordinal) => Environment(name, location),
            _ => throw new TemplateException(location, $"undefined variable '{name}'"),
        };
    }

    private JValue Environment(string name, SourceLocation location)
    {
        var variable = name[TemplateBuiltins.EnvPrefix.Length..];
        return scope.Environment(variable) is { } value
            ? new JValue(value)
            : throw new TemplateException(location, $"environment variable '{variable}' is not set");
    }

    private static JToken Locate(JToken token, SourceLocation location)
    {
        if (token.Annotation<SourceLocation>() is null)
        {
            token.AddAnnotation(location);
        }

        return token;
    }

    /// <summary>The location of the nearest token (itself or a parent) created from a scenario node.</summary>
    public static SourceLocation? LocationOf(JToken? token)
    {
        for (var current = token; current is not null; current = current.Parent)
        {
            if (current.Annotation<SourceLocation>() is { } location)
            {
                return location;
            }
        }

        return null;
    }
}
