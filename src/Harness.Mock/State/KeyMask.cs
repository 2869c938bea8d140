using System.Security.Cryptography;
using System.Text;

namespace Harness.Mock.State;

/// <summary>How API keys are shown anywhere the mock prints or stores them: never in full.</summary>
public static class KeyMask
{
    /// <summary><c>sk_live_abcdef123</c> becomes <c>sk…23</c>; keys of 8 characters or fewer become <c>****</c>.</summary>
    public static string Mask(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return "(none)";
        }

        return key.Length <= 8 ? "****" : $"{key[..2]}…{key[^2..]}";
    }

    /// <summary>A short stable id derived from the key, safe to show and to put in URLs.</summary>
    public static string IdOf(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
