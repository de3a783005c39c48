using Licensing.Domain.Notices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Jobs.Notices;

public static class NoticeDeliveryServices
{
    /// <summary>The outbox sender and its transport: SMTP when <c>Smtp:Host</c> is set, else the pickup folder.</summary>
    public static IServiceCollection AddNoticeDelivery(this IServiceCollection services, IConfiguration config)
    {
        var smtp = config.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
        var delivery = config.GetSection(DeliveryOptions.Section).Get<DeliveryOptions>() ?? new DeliveryOptions();
        delivery.From = smtp.From is { Length: > 0 } from ? from : config["Authority:Email"] is { Length: > 0 } email ? email : "licensing@localhost";
        if (string.IsNullOrWhiteSpace(delivery.PickupFolder)) delivery.PickupFolder = DeliveryOptions.PickupFolderFrom(config);
        services.AddSingleton(smtp);
        services.AddSingleton(delivery);
        services.AddSingleton(config.GetSection(ServiceRules.Section).Get<ServiceRules>() ?? new ServiceRules());
        services.AddSingleton<IMailTransport>(string.IsNullOrWhiteSpace(smtp.Host) ? new PickupFolderTransport(delivery.PickupFolder) : new SmtpTransport(smtp));
        services.AddScoped<NoticeDispatcher>();
        return services;
    }
}
