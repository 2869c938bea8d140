using Harness.Runner.Templating;
using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary>
/// The checks every exchange goes through: the contract (always) and the step's own expectations. A check
/// that throws despite its promise becomes a failure too, so one bug never hides the others' results.
/// </summary>
internal sealed class CheckSuite(IReadOnlyList<ICheck> contract, IReadOnlyList<ICheck> expectations)
{
    public static CheckSuite Default { get; } = new(
        [new StatusDocumented(), new ResponseSchema(), new ContentType()],
        [new ExpectStatus(), new ExpectEmptyBody(), new ExpectBody(), new ExpectJson(), new ExpectHeaders()]);

    public IReadOnlyList<CheckFailure> Run(CheckContext context)
    {
        var failures = new List<CheckFailure>();
        foreach (var check in expectations)
        {
            failures.AddRange(Safely(check, context));
            // With the wrong status the body is some other answer: its details would only bury the real failure.
            if (check is ExpectStatus && failures.Count > 0)
            {
                break;
            }
        }

        foreach (var check in contract)
        {
            failures.AddRange(Safely(check, context).Select(f => f with { IsContract = true }));
        }

        return failures;
    }

    private static CheckFailure[] Safely(ICheck check, CheckContext context)
    {
        try
        {
            return check.Run(context).ToArray();
        }
        catch (TemplateException e)
        {
            return [new CheckFailure(check.Name, $"cannot evaluate the expectation: {e.Message}", e.Location)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return [new CheckFailure(check.Name, $"check '{check.Name}' crashed (a harness bug): {e.GetType().Name}: {e.Message}", context.Step.Location)];
        }
    }
}
