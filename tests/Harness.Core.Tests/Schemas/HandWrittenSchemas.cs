using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Tests.Schemas;

/// <summary>
/// Small schemas covering every keyword the compiled verdict models (and some it leaves Unsure), each with
/// values that NJsonSchema accepts, for the differential test.
/// </summary>
internal static class HandWrittenSchemas
{
    public static readonly IReadOnlyDictionary<string, (string Schema, string[] Valid)> All = new Dictionary<string, (string, string[])>
    {
        ["string lengths"] = ("""{"type":"string","minLength":2,"maxLength":4}""", ["\"abc\"", "\"😀\"", "\"😀😀\""]),
        ["pattern"] = ("""{"type":"string","pattern":"^[a-z]+\\d?$"}""", ["\"abc\"", "\"abc1\""]),
        ["inline ignore-case pattern"] = ("""{"type":"string","pattern":"(?i)^[a-z]+$"}""", ["\"ABC\""]),
        ["integer range"] = ("""{"type":"integer","minimum":1,"maximum":10}""", ["1", "10", "5"]),
        ["number exclusive draft 6"] = ("""{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":100,"multipleOf":0.5}""", ["0.5", "99.5", "3"]),
        ["number exclusive OpenAPI 3.0"] = ("""{"type":"number","minimum":0,"exclusiveMinimum":true,"maximum":1,"exclusiveMaximum":true}""", ["0.5"]),
        ["multipleOf integer"] = ("""{"type":"integer","multipleOf":5}""", ["10", "0", "-5"]),
        ["enum text"] = ("""{"type":"string","enum":["a","b",""]}""", ["\"a\"", "\"\""]),
        ["enum mixed"] = ("""{"enum":["a",1,true,null]}""", ["\"a\"", "1", "null"]),
        ["enum nullable"] = ("""{"type":"string","nullable":true,"enum":["a","b"]}""", ["\"a\"", "null"]),
        ["nullable string"] = ("""{"type":"string","nullable":true,"maxLength":3}""", ["\"ab\"", "null"]),
        ["type list with null"] = ("""{"type":["string","null"],"minLength":1}""", ["\"a\"", "null"]),
        ["type list"] = ("""{"type":["string","integer"],"minLength":2,"maximum":9}""", ["\"ab\"", "3"]),
        ["boolean"] = ("""{"type":"boolean"}""", ["true"]),
        ["null type"] = ("""{"type":"null"}""", ["null"]),
        ["anything"] = ("{}", ["1", "\"a\"", "{\"a\":[1,2]}", "null"]),
        ["object"] = ("""
            {"type":"object","required":["id","name"],"additionalProperties":false,
             "properties":{"id":{"type":"integer"},"name":{"type":"string","nullable":true},"tags":{"type":"array","items":{"type":"string"}}}}
            """, ["""{"id":1,"name":"n"}""", """{"id":2,"name":null,"tags":["a"]}"""]),
        ["required not declared"] = ("""{"required":["a","b"],"properties":{"a":{"type":"string"}}}""", ["""{"a":"x","b":1}"""]),
        ["additional schema"] = ("""{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":{"type":"integer","minimum":0}}""", ["""{"a":"x","b":1,"c":2}"""]),
        ["property counts"] = ("""{"type":"object","minProperties":1,"maxProperties":2}""", ["""{"a":1}""", """{"a":1,"b":2}"""]),
        ["nullable object with required"] = ("""{"type":"object","nullable":true,"required":["a"],"properties":{"a":{"type":"string"}}}""", ["""{"a":"x"}"""]),
        ["array"] = ("""{"type":"array","minItems":1,"maxItems":3,"uniqueItems":true,"items":{"type":"string","minLength":1}}""", ["""["a","b"]""", """["a"]"""]),
        ["unique numbers"] = ("""{"type":"array","uniqueItems":true}""", ["[1,2,3]", "[]"]),
        ["array of objects"] = ("""
            {"type":"array","minItems":1,"items":{"type":"object","required":["extId","profile"],
             "properties":{"extId":{"type":"string"},"profile":{"type":"object","additionalProperties":true}}}}
            """, ["""[{"extId":"u","profile":{"age":3}}]"""]),
        ["allOf and refs"] = ("""
            {"definitions":{"Id":{"type":"string","maxLength":5},"Named":{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}},
             "allOf":[{"$ref":"#/definitions/Named"},{"type":"object","properties":{"id":{"$ref":"#/definitions/Id"}}}]}
            """, ["""{"name":"n","id":"abc"}"""]),
        ["ref property nullable"] = ("""
            {"definitions":{"Id":{"type":"string","maxLength":5}},"type":"object",
             "properties":{"id":{"allOf":[{"$ref":"#/definitions/Id"}],"nullable":true}}}
            """, ["""{"id":"abc"}""", """{"id":null}"""]),
        ["anyOf required"] = ("""{"type":"object","anyOf":[{"required":["email"]},{"required":["userId"]}],"properties":{"email":{"type":"string","nullable":true},"userId":{"type":"string","nullable":true,"maxLength":52}}}""",
            ["""{"email":"a@b.c"}""", """{"userId":"u"}""", """{"email":null,"userId":"u"}"""]),
        ["oneOf text or list"] = ("""{"oneOf":[{"type":"string"},{"type":"array","minItems":1,"items":{"type":"string"}}]}""", ["\"a\"", """["a","b"]"""]),
        ["oneOf required"] = ("""{"type":"object","oneOf":[{"required":["extIds"]},{"required":["emails"]}]}""", ["""{"extIds":["a"]}"""]),
        ["oneOf overlapping"] = ("""{"oneOf":[{"type":"integer"},{"type":"number","minimum":10}]}""", ["3", "10.5"]),
        ["not"] = ("""{"not":{"type":"string"}}""", ["1"]),
        ["patternProperties"] = ("""{"type":"object","patternProperties":{"^x":{"type":"integer"}}}""", ["""{"xa":1}"""]),
        ["tuple"] = ("""{"type":"array","items":[{"type":"string"},{"type":"integer"}]}""", ["""["a",1]"""]),
        ["const"] = ("""{"type":"integer","const":3}""", ["3"]),
        ["format"] = ("""{"type":"string","format":"date-time"}""", ["\"2020-08-19T20:50:04Z\"", "\"not a date\""]),
        ["recursive"] = ("""{"type":"object","properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#"}}}}""",
            ["""{"name":"a","children":[{"name":"b","children":[]}]}""", """{"name":"a"}"""]),
    };

    public static JsonSchema Load(string name) => JsonSchema.FromJsonAsync(All[name].Schema).GetAwaiter().GetResult();

    public static IEnumerable<JToken> ValidValues(string name) => All[name].Valid.Select(v => ValueMutations.AsReceived(v));
}
