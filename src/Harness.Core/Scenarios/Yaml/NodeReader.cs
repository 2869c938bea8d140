using Harness.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Harness.Core.Scenarios.Yaml;

/// <summary>Reads YAML text (YamlDotNet's representation model) into <see cref="ScenarioNode"/>s with locations.</summary>
public static class NodeReader
{
    /// <summary>The single document of the file, or null with a diagnostic when the YAML is broken or empty.</summary>
    public static ScenarioNode? Read(SourceDocument document, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(document.Text));
        }
        catch (YamlException e)
        {
            var (line, column, reason, hint) = YamlErrorExplainer.Explain(e, document.Text);
            diagnostics.Error(document.At(line, column), $"invalid YAML: {reason}", hint);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(document), "the file is empty: expected a scenario mapping");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            diagnostics.Error(document.At((int)second.Line, (int)second.Column),
                "a file holds one scenario: a second YAML document ('---') is not allowed");
        }

        return Convert(stream.Documents[0].RootNode, document);
    }

    private static ScenarioNode Convert(YamlNode node, SourceDocument document)
    {
        var location = LocationOf(node, document);
        switch (node)
        {
            case YamlMappingNode mapping:
                return new MappingNode(
                    mapping.Children.Select(pair => new MappingEntry(KeyOf(pair.Key, document), Convert(pair.Value, document))).ToArray(),
                    location);
            case YamlSequenceNode sequence:
                return new SequenceNode(sequence.Children.Select(child => Convert(child, document)).ToArray(), location);
            case YamlScalarNode scalar:
                return new ScalarNode(
                    scalar.Value ?? "",
                    scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any,
                    location,
                    scalar.Tag.IsEmpty ? null : scalar.Tag.Value);
            default:
                return new ScalarNode("", quoted: false, location);
        }
    }

    private static ScalarNode KeyOf(YamlNode key, SourceDocument document) => key is YamlScalarNode scalar
        ? new ScalarNode(scalar.Value ?? "", scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any, LocationOf(key, document))
        // A complex key ({a: 1}: x) is legal YAML but meaningless here; it becomes a key nobody knows.
        : new ScalarNode(key.ToString(), quoted: true, LocationOf(key, document));

    private static SourceLocation LocationOf(YamlNode node, SourceDocument document)
    {
        var start = node.Start;
        var end = node.End;
        var length = node is YamlScalarNode && end.Line == start.Line ? Math.Max(1, (int)(end.Column - start.Column)) : 1;
        return document.At((int)start.Line, (int)start.Column, length);
    }
}
