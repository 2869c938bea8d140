namespace Harness.Runner.Templating;

/// <summary>
/// Fresh values for templates and tenants. Random and time are injected so tests can make runs repeatable.
/// </summary>
internal sealed class ValueGenerator(Random random, TimeProvider time)
{
    private readonly Lock _gate = new();

    public ValueGenerator() : this(new Random(), TimeProvider.System)
    {
    }

    public TimeProvider Time => time;

    public string Uuid()
    {
        var bytes = Bytes(16);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    /// <summary>A unique address on the reserved example.com domain.</summary>
    public string Email() => $"x-{Hex(12)}@example.com";

    public long Timestamp() => time.GetUtcNow().ToUnixTimeMilliseconds();

    public string Now() => time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public int RandomInt()
    {
        lock (_gate)
        {
            return random.Next(1, int.MaxValue);
        }
    }

    /// <summary>A fresh tenant key: long enough that masking shows only its ends.</summary>
    public string TenantKey() => "harness-" + Hex(24);

    private string Hex(int length) => Convert.ToHexStringLower(Bytes((length + 1) / 2))[..length];

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        lock (_gate)
        {
            random.NextBytes(bytes);
        }

        return bytes;
    }
}
