using System.Text;

namespace Harness.Runner.Reporting;

/// <summary>Writes a report file, creating its folder; UTF-8 without a byte-order mark.</summary>
internal static class ReportFile
{
    public static void Write(string path, string content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
