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

            var before = server.Mappings.Select(m => m.Guid).ToHashSet();
            try
            {
                server.WithMapping(json);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new ArgumentException($"{file}: not a WireMock mapping: {e.Message}", e);
            }

            // The admin surface is how runners reset and seed the mock: no user mapping may come before it.
            if (server.Mappings.FirstOrDefault(m => !before.Contains(m.Guid) && m.Priority <= MappingBuilder.AdminPriority) is { } early)
            {
                throw new ArgumentException($"{file}: priority {early.Priority} would come before the harness's admin surface; use a number above {MappingBuilder.AdminPriority}");
            }
        }
    }
}
