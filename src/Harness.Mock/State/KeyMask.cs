using System.Security.Cryptography;
using System.Text;

namespace Harness.Mock.State;

/// <summary>How API keys are shown anywhere the mock prints or stores them: never in full.</summary>
public static class KeyMask
{
    /// <summary>The prefix of a tenant named by the hash of its key (<c>sha256:&lt;64 hex&gt;</c>), as whole-state snapshots name them.</summary>
    public const string HashPrefix = "sha256:";

    /// <summary><c>sk_live_abcdef123</c> becomes <c>sk…23</c>; keys of 8 characters or fewer become <c>****</c>.</summary>
    public static string Mask(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return "(none)";
        }

        return key.Length <= 8 ? "****" : $"{key[..2]}…{key[^2..]}";
    }

    /// <summary>A short stable id derived from the key, safe to show and to put in URLs: the first 12 hex digits of <see cref="HashOf"/>.</summary>
    public static string IdOf(string key) => HashOf(key)[..12];

    /// <summary>SHA-256 of the key's UTF-8 bytes, 64 lowercase hex digits: what the mock keys tenants by.</summary>
    public static string HashOf(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The hash in a <c>sha256:&lt;64 hex&gt;</c> name, or null when the name is not one.</summary>
    public static string? HashIn(string name)
    {
        if (!name.StartsWith(HashPrefix, StringComparison.Ordinal) || name.Length != HashPrefix.Length + 64)
        {
            return null;
        }

        var hex = name[HashPrefix.Length..];
        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return hex;
    }
}
