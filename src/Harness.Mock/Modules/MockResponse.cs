using Newtonsoft.Json.Linq;

namespace Harness.Mock.Modules;

/// <summary>What a handler answers: a status, a JSON body (null for an empty body) and extra headers.</summary>
public sealed record MockResponse(int Status, JToken? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static MockResponse Json(int status, JToken body) => new(status, body);

    public static MockResponse Ok(JToken body) => new(200, body);

    /// <summary>An answer already rendered: the dashboard's files, or JSON a handler wrote as text.</summary>
    public static MockResponse Content(string text, string contentType) => new(200) { Text = text, ContentType = contentType };

    /// <summary>Raw text sent instead of <see cref="Body"/>, with <see cref="ContentType"/>.</summary>
    public string? Text { get; init; }

    public string? ContentType { get; init; }

    /// <summary>HTTP 200 with no body at all.</summary>
    public static MockResponse EmptyOk { get; } = new(200);

    /// <summary>
    /// The answer with its JSON body rendered as text (compact), which both the wire and the journal use; an answer
    /// already rendered, or without a body, as it is. A handler may render a constant answer once and return it.
    /// </summary>
    public MockResponse Rendered() =>
        Body is null || Text is not null
            ? this
            : this with { Text = Server.JsonText.Render(Body), ContentType = Server.JsonText.ContentType };

    public MockResponse WithHeader(string name, string value)
    {
        var headers = new Dictionary<string, string>(Headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase)
        {
            [name] = value,
        };
        return this with { Headers = headers };
    }
}
