using WireMock.Server;

namespace Harness.Mock.Server;

/// <summary>
/// The user's own WireMock.Net mappings, read from a folder at start-up. A file WireMock cannot take stops the
/// start with the file's name and WireMock's reason, never with half of the folder served.
/// </summary>
internal static class UserMappings
{
    public static void Add(WireMockServer server, string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            string json;
            try
            {
                json = File.ReadAllText(file);
            }
            catch (IOException e)
            {
                throw new ArgumentException($"{file}: cannot read the mapping file: {e.Message}", e);
            }

            try
            {
                server.WithMapping(json);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new ArgumentException($"{file}: not a WireMock mapping: {e.Message}", e);
            }
        }
    }
}
