using Licensing.Domain.Admin;
using Licensing.Domain.Common;

namespace Licensing.Domain.Partners;

/// <summary>
/// The email that tells a referring authority the outcome. Only what they need to match it to their
/// case: both references, the driver's name and date of birth, what we decided and when it takes
/// effect. No grounds: those go only through a details request, as with a register hit.
/// </summary>
public static class ReferralEmail
{
    public sealed record Driver(string Name, DateOnly? DateOfBirth);

    public static (string Subject, string Body) Compose(PartnerReferral r, OutcomeChange change, string concernReference, Driver driver, AuthorityOptions a)
    {
        if (!r.HasOutcome || change == OutcomeChange.None) throw new DomainRuleException("There is no outcome to tell yet");
        var theirs = r.ReferrerReference ?? "none given";
        var subject = $"{change switch { OutcomeChange.TookEffect => "Update: outcome now in effect", OutcomeChange.Changed => "Update: changed outcome", _ => "Outcome" }} of your referral (your reference {theirs}, our reference {concernReference}) — {a.Name}";
        var opening = change switch
        {
            OutcomeChange.TookEffect => "The decision we told you about on the concern you referred to us has now taken effect. These are its dates; they replace what we told you before.",
            OutcomeChange.Changed when r.OutcomeOnAppeal => "The outcome of the concern you referred to us has changed on appeal. This replaces what we told you before.",
            OutcomeChange.Changed => "The outcome of the concern you referred to us has changed. This replaces what we told you before.",
            _ => "You referred a concern to us about a driver we license. This is what we did about it, as the Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022 requires.",
        };
        var registerReference = r.OutcomeRegisterReference;
        var details = registerReference is null
            ? $"""
              The grounds and details are not included here. You may ask for them through a details request: reply to {Contact(a)}, quoting our reference {concernReference}.
              """
            : $"""
              The grounds and details are not included here. You may ask for them through a details request on our register entry {registerReference}: POST /api/v1/register/{registerReference}/details-requests on our partner API, or reply to {Contact(a)} quoting our reference {concernReference}.
              """;
        var body = $"""
            To the licensing team at {r.ReferringAuthorityName}

            {opening}

            Our reference: {concernReference}
            Your reference: {theirs}
            Received: {LondonTime.Format(r.ReceivedAt)}
            Driver: {driver.Name}{(driver.DateOfBirth is { } dob ? $", born {LondonTime.Format(dob)}" : "")}

            What we decided ({LondonTime.Format(r.OutcomeDecidedOn!.Value)}): {r.OutcomeStatement}
            When it takes effect: {r.OutcomeEffect}

            {details}
            You can also see this outcome at any time through our partner API: GET /api/v1/concerns/{r.Id}.

            {a.Name}
            {a.ServiceName}
            {string.Join(", ", new[] { a.Email, a.Phone }.Where(s => !string.IsNullOrWhiteSpace(s)))}
            """;
        return (subject, body);
    }

    private static string Contact(AuthorityOptions a) => string.IsNullOrWhiteSpace(a.Email) ? "us" : a.Email;
}
