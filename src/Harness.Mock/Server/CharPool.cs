using System.Buffers;
using Newtonsoft.Json;

namespace Harness.Mock.Server;

/// <summary>Newtonsoft's readers and writers borrow their buffers from the shared pool instead of allocating them.</summary>
internal sealed class CharPool : IArrayPool<char>
{
    public static readonly CharPool Instance = new();

    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
