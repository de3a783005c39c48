using Licensing.Domain.Common;

namespace Licensing.Domain.Partners;

/// <summary>
/// A neighbouring licensing authority. Both directions live here: the keys we issued them (to call our
/// API) and, when they run this product too, their address and the key they issued us (for federated
/// search), kept encrypted by the web host's data protection.
/// </summary>
public sealed class PartnerAuthority : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    /// <summary>GSS code, e.g. E07000123.</summary>
    public string Code { get; private set; } = "";
    public string? ContactEmail { get; private set; }
    /// <summary>Their API's base address, when we search their register.</summary>
    public string? BaseUrl { get; private set; }
    /// <summary>The key they issued us, protected; never shown again once saved.</summary>
    public string? ProtectedOutboundKey { get; private set; }
    public bool SearchTheirRegister { get; private set; }
    public int Version { get; set; }

    private PartnerAuthority() { }

    public static PartnerAuthority Create(string name, string code, string? contactEmail)
    {
        var partner = new PartnerAuthority();
        partner.Rename(name, code, contactEmail);
        return partner;
    }

    public void Rename(string name, string code, string? contactEmail)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainRuleException("Enter the authority's name", "Name");
        var gss = (code ?? "").Trim().ToUpperInvariant();
        if (!System.Text.RegularExpressions.Regex.IsMatch(gss, "^[EWSN][0-9]{8}$"))
            throw new DomainRuleException("Enter the authority's GSS code, like E07000123", "Code");
        Name = name.Trim();
        Code = gss;
        ContactEmail = string.IsNullOrWhiteSpace(contactEmail) ? null : contactEmail.Trim();
    }

    /// <summary>Where to search their register, and the (already protected) key they gave us.</summary>
    public void ConnectTo(string baseUrl, string? protectedKey)
    {
        if (!Uri.TryCreate(baseUrl?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new DomainRuleException("Enter their service's address, like https://licensing.example.gov.uk", "BaseUrl");
        if (protectedKey is null && ProtectedOutboundKey is null)
            throw new DomainRuleException("Enter the API key they issued to us", "OutboundKey");
        BaseUrl = uri.ToString().TrimEnd('/');
        if (protectedKey is not null) ProtectedOutboundKey = protectedKey;
        SearchTheirRegister = true;
    }

    public void StopSearching() => SearchTheirRegister = false;
}
