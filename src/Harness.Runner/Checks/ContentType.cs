using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary>A body comes with the media type its documented response names (parameters such as charset aside).</summary>
internal sealed class ContentType : ICheck
{
    public string Name => nameof(ContentType);

    public IEnumerable<CheckFailure> Run(CheckContext context)
    {
        var response = context.Response;
        if (context.Documented is not { HasBody: true, ContentType: { } documented } || string.IsNullOrWhiteSpace(response.Body))
        {
            yield break;
        }

        var actual = response.MediaType;
        if (!string.Equals(actual, documented, StringComparison.OrdinalIgnoreCase))
        {
            yield return new CheckFailure(Name, $"Content-Type of response {response.Status} is not the documented '{documented}'", context.Step.Location)
            {
                Expected = documented,
                Actual = response.ContentType ?? "no Content-Type header",
            };
        }
    }
}
