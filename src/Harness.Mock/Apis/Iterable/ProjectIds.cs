using System.Text;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// The project id a tenant without the <c>projectId</c> setting shows in its messages:
/// <c>10000 + (CRC-32 of the UTF-8 key mod 90000)</c>, so it is five digits like a real one and stable across restarts.
/// </summary>
internal static class ProjectIds
{
    public static int Derive(string apiKey) => 10000 + (int)(Crc32(Encoding.UTF8.GetBytes(apiKey)) % 90000);

    /// <summary>CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as zip and PNG use it.</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
