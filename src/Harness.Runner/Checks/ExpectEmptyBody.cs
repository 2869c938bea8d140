using Harness.Runner.Http;
using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary><c>expect.emptyBody</c>: true demands no body at all, false demands some body.</summary>
internal sealed class ExpectEmptyBody : ICheck
{
    public string Name => nameof(ExpectEmptyBody);

    public IEnumerable<CheckFailure> Run(CheckContext context)
    {
        if (context.Expect?.EmptyBody is not { } expected)
        {
            yield break;
        }

        var empty = context.Response.IsEmpty;
        if (expected.Value != empty)
        {
            yield return new CheckFailure(Name, expected.Value ? "the body is not empty" : "the body is empty", expected.Location)
            {
                Expected = expected.Value ? "empty body" : "a body",
                Actual = empty ? "empty body" : Json.Cut(context.Response.Body),
            };
        }
    }
}
