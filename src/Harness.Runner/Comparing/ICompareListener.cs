namespace Harness.Runner.Comparing;

/// <summary>A reporter of a comparison run. Calls are serialised: no two at once.</summary>
internal interface ICompareListener
{
    void CaseCompared(CaseComparison comparison);

    void Finished(CompareResult result);
}
