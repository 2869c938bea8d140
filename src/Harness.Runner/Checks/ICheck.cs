using Harness.Runner.Results;
namespace Harness.Runner.Checks;

/// <summary>A small named rule over one exchange. Implementations return failures and never throw.</summary>
internal interface ICheck
{
    string Name { get; }

    IEnumerable<CheckFailure> Run(CheckContext context);
}
