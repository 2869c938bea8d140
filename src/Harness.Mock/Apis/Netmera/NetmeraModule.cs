using Harness.Core.OpenApi;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Netmera REST API 3.0, user and device management (<c>openapi/netmera.yaml</c>, <c>behaviour.md</c>).
/// Each feature lives in its own file; this class only wires operations to them.
/// </summary>
internal sealed class NetmeraModule : ApiModule<NetmeraState>
{
    public NetmeraModule()
    {
        On("deleteUsersPermanently", DeleteUsers.Delete);
        On("enablePush", PushSwitch.Enable);
        On("disablePush", PushSwitch.Disable);
        On("tagUsers", Tags.Tag);
        On("untagUsers", Tags.Untag);
        On("setCategoryPreferences", CategoryPreferences.Set);
        On("setProfileAttributes", ProfileAttributes.Set);
        On("unsetProfileAttributes", ProfileAttributes.Unset);
        On("deleteProfileAttributes", ProfileAttributes.DeleteEverywhere);
        On("getProfileAttributes", ProfileAttributes.Get);
        On("pushProfileAttributes", ProfileAttributes.Push);
        On("pullProfileAttributes", ProfileAttributes.Pull);
        On("deleteProfileAttributeValue", ProfileAttributes.DeleteValue);
        On("getDevices", Devices.OfUser);
        On("getDeviceTokens", Devices.Tokens);
        On("getSegments", Segments.List);
        On("getSegmentUsers", Segments.Users);
        On("sendPushApproval", PushApproval.Approve);
        On("enableMail", MailSms.EnableMail);
        On("disableMail", MailSms.DisableMail);
        On("updateEmail", MailSms.UpdateEmail);
        On("enableSms", MailSms.EnableSms);
        On("disableSms", MailSms.DisableSms);
        On("updateMsisdn", MailSms.UpdateMsisdn);
        OnAdmin("devices", SdkDevices.Register);
        OnAdmin("view", NetmeraView.Render);
    }

    public override string ApiName => "netmera";

    public override IApiErrors Errors => NetmeraErrors.Instance;

    public override JToken PrepareBody(ApiOperation operation, JToken body) => NetmeraBody.Prepare(body);

    public override JToken Snapshot(object state) => NetmeraDocument.Write((NetmeraState)state);

    public override object Restore(JToken snapshot)
    {
        var state = new NetmeraState();
        NetmeraDocument.Load(state, JsonFields.Object(snapshot, "the netmera snapshot"));
        return state;
    }

    /// <summary>The fixture format is <see cref="NetmeraDocument"/>'s: a snapshot is a valid fixture.</summary>
    protected override void Seed(NetmeraState state, JObject fixture, TimeProvider clock) => NetmeraDocument.Load(state, fixture);

    protected override void ApplySettings(NetmeraState state, JObject settings) => NetmeraSettings.Apply(state, settings);
}
