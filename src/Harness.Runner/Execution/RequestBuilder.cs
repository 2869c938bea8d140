using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Core.Scenarios.Templates;
using Harness.Core.Scenarios.Yaml;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;
using Harness.Runner.Templating;

namespace Harness.Runner.Execution;

/// <summary>Builds the request of a step: URL from the operation's path (or the step's own url), key, headers, body.</summary>
internal static class RequestBuilder
{
    public const string JsonContentType = "application/json";

    /// <summary>Throws <see cref="TemplateException"/> when a value cannot be filled in.</summary>
    public static ExchangeRequest Build(Step step, ApiOperation operation, RequestContext context, TemplateEngine templates)
    {
        var url = BuildUrl(step, operation, context, templates);
        var headers = new List<KeyValuePair<string, string>>();
        // The key goes where the spec's scheme puts it; an operation that requires none still gets it when
        // the API declares a scheme, so a mock keeps the call in the scenario's tenant.
        if ((operation.Security ?? operation.Api.Security) is { } security && KeyOf(step, context, templates) is { } key)
        {
            url = Credential.Apply(security, key, url, headers);
        }

        foreach (var header in step.Headers)
        {
            headers.RemoveAll(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase));
            headers.Add(new(header.Key, HeaderValue(header.Key, templates.Text((ScalarNode)header.Value), header.Value.Location)));
        }

        var body = step.RawBody is { } raw ? templates.Text(raw)
            : step.Body is { } node ? Json.Compact(templates.Evaluate(node))
            : null;
        if (body is not null && !headers.Any(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            headers.Add(new("Content-Type", step.ContentType is { } type ? templates.Text(type) : JsonContentType));
        }

        return new ExchangeRequest(operation.Method, url, headers, body);
    }

    private static string? KeyOf(Step step, RequestContext context, TemplateEngine templates) => step.ApiKey switch
    {
        { Mode: ApiKeyMode.Omit } => null,
        { Value: { } value } => HeaderValue("apiKey", templates.Text(value), value.Location),
        _ => context.ApiKey,
    };

    /// <summary>HTTP cannot carry line breaks in a header; sending one anyway would split the request.</summary>
    private static string HeaderValue(string name, string value, Core.Diagnostics.SourceLocation location) =>
        value.AsSpan().IndexOfAny('\r', '\n') >= 0
            ? throw new TemplateException(location, $"header '{name}' contains a line break, which HTTP headers cannot carry")
            : value;

    private static Uri BuildUrl(Step step, ApiOperation operation, RequestContext context, TemplateEngine templates)
    {
        var query = QueryString(step.Query, templates);
        if (step.Url is { } urlNode)
        {
            var text = templates.Text(urlNode);
            if (!Uri.TryCreate(text, UriKind.Absolute, out var absolute) || absolute.Scheme is not ("http" or "https"))
            {
                throw new TemplateException(urlNode.Location, $"'url' must be an absolute http(s) URL, got '{text}'");
            }

            return query.Length == 0 ? absolute : new Uri(absolute + (absolute.Query.Length > 0 ? "&" : "?") + query);
        }

        var values = step.Path.ToDictionary(p => p.Key, p => templates.Text((ScalarNode)p.Value), StringComparer.Ordinal);
        var path = operation.Path.Expand(values);
        return context.Resolve(query.Length == 0 ? path : path + "?" + query);
    }

    private static string QueryString(IReadOnlyList<NamedNode> query, TemplateEngine templates)
    {
        var pairs = new List<string>();
        foreach (var parameter in query)
        {
            var values = parameter.Value is SequenceNode list
                ? list.Items.OfType<ScalarNode>().Select(templates.Text)
                : ValuesOf((ScalarNode)parameter.Value, templates);
            pairs.AddRange(values.Select(v => Uri.EscapeDataString(parameter.Key) + "=" + Uri.EscapeDataString(v)));
        }

        return string.Join('&', pairs);
    }

    /// <summary>A single placeholder holding an array (e.g. captured ids) repeats the parameter.</summary>
    private static IEnumerable<string> ValuesOf(ScalarNode scalar, TemplateEngine templates)
    {
        if (scalar.Literal.Type != JTokenType.String || !Template.Parse(scalar.Text).IsSinglePlaceholder)
        {
            return [templates.Text(scalar)];
        }

        var value = templates.Value(scalar);
        return value is JArray array ? array.Select(TemplateEngine.TextOf) : [TemplateEngine.TextOf(value)];
    }
}
