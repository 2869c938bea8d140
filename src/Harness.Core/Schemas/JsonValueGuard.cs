using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>
/// What JSON can say but no schema type can hold: integers beyond 64 bits, numbers beyond a double
/// (<c>1e400</c> parses as infinity), control characters and broken UTF-16 in text. Found before the schema
/// check, so they are refused with their path instead of failing deeper down or being stored changed.
/// </summary>
public static class JsonValueGuard
{
    /// <summary>Every such value in <paramref name="value"/>, at most <paramref name="limit"/> described.</summary>
    public static ViolationList Check(JToken value, int limit = SchemaValidator.MaxViolations)
    {
        // Every request body goes through here and almost none has such a value: a scan that keeps no path and
        // allocates nothing answers first, and only a body with a problem pays for the paths.
        if (Holdable(value))
        {
            return ViolationList.Empty;
        }

        var sink = new ViolationSink(limit);
        var segments = new List<object>();
        Walk(value, segments, sink);
        return new ViolationList(sink.Items.ToArray(), sink.Omitted);
    }

    /// <summary>The byte offset of the first invalid UTF-8 sequence, or null when the text is valid UTF-8.</summary>
    public static int? InvalidUtf8At(ReadOnlySpan<byte> text)
    {
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return null;
        }

        // Only on the failure path: find where, for the message.
        var status = System.Text.Unicode.Utf8.ToUtf16(text, new char[text.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? null : read;
    }

    private static void Walk(JToken token, List<object> segments, ViolationSink sink)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties())
                {
                    segments.Add(property.Name);
                    if (BadText(property.Name) is { } nameProblem)
                    {
                        Report(sink, segments, $"property name {nameProblem}");
                    }

                    Walk(property.Value, segments, sink);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    segments.Add(i);
                    Walk(array[i], segments, sink);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            case JValue { Value: BigInteger big }:
                Report(sink, segments, $"number {Shorten(big.ToString(CultureInfo.InvariantCulture))} does not fit in a 64-bit integer");
                break;
            case JValue { Value: double number } when !double.IsFinite(number):
                Report(sink, segments, "number is too large for a 64-bit floating point value");
                break;
            case JValue { Type: JTokenType.String, Value: string text } when BadText(text) is { } problem:
                Report(sink, segments, $"text {problem}");
                break;
        }
    }

    private static bool Holdable(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                for (var child = obj.First; child is not null; child = child.Next)
                {
                    var property = (JProperty)child;
                    if (BadText(property.Name) is not null || !Holdable(property.Value))
                    {
                        return false;
                    }
                }

                return true;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (!Holdable(array[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JValue { Value: BigInteger }:
                return false;
            case JValue { Value: double number }:
                return double.IsFinite(number);
            case JValue { Type: JTokenType.String, Value: string text }:
                return BadText(text) is null;
            default:
                return true;
        }
    }

    private static void Report(ViolationSink sink, List<object> segments, string message)
    {
        if (sink.IsFull)
        {
            sink.Omitted++;
            return;
        }

        sink.Add(new SchemaViolation(segments.ToArray(), ViolationKind.Unrepresentable, message));
    }

    /// <summary>Tab, line feed and carriage return are text; other C0 controls and lone surrogates are not.</summary>
    private static string? BadText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return $"contains the control character U+{(int)c:X4}";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"contains a lone surrogate U+{(int)c:X4}, which is not valid Unicode";
            }
        }

        return null;
    }

    private static string Shorten(string digits) => digits.Length <= 24 ? digits : $"{digits[..20]}… ({digits.Length} digits)";
}
