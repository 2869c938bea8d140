namespace Harness.Runner.Reporting;

internal sealed partial class HtmlReporter
{
    /// <summary>Inline so the report is one file that can be mailed or archived as is.</summary>
    private const string Css = """
        :root { --pass: #1a7f37; --fail: #cf222e; --skip: #9a6700; --line: #d0d7de; --soft: #f6f8fa; }
        * { box-sizing: border-box; }
        body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; color: #1f2328; }
        header { border-bottom: 4px solid var(--pass); padding: 16px 0; margin-bottom: 16px; }
        header.failed { border-color: var(--fail); }
        h1 { margin: 0 0 8px; font-size: 22px; }
        h2 { border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
        .counts span { font-weight: 600; margin-right: 12px; }
        .counts .passed { color: var(--pass); } .counts .failed, td.undocumented { color: var(--fail); } .counts .skipped { color: var(--skip); }
        tr.failed td:nth-child(2) { font-weight: 600; }
        .meta, small, .reason { color: #59636e; }
        dl.meta { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0; } dl.meta dt { display: inline; font-weight: 600; margin-right: 6px; } dl.meta dd { display: inline; margin: 0; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 16px; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--soft); }
        tr.unused td { color: #8c959f; }
        .badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px; }
        .badge.passed { background: var(--pass); } .badge.failed { background: var(--fail); } .badge.skipped { background: var(--skip); }
        article.failure { border: 1px solid var(--line); border-left: 4px solid var(--fail); padding: 8px 16px; margin-bottom: 16px; border-radius: 4px; }
        pre { background: var(--soft); padding: 8px 12px; overflow-x: auto; border-radius: 4px; white-space: pre-wrap; word-break: break-word; }
        pre.diagnostic { background: #fff5f5; white-space: pre; }
        .exchange { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
        .exchange h4 { margin: 8px 0 0; }
        .curl code { font-size: 12px; word-break: break-all; }
        """;
}
