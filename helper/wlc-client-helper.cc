/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-client-helper.h"

#include "ns3/abort.h"
#include "ns3/dhcp-client.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/pointer.h"
#include "ns3/wifi-net-device.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcClientHelper");

WlcClientHelper::WlcClientHelper()
{
    m_dhcpFactory.SetTypeId("ns3::DhcpClient");
    m_dhcpFactory.Set("Collect", TimeValue(Seconds(0)));
}

void
WlcClientHelper::SetDhcpClientAttribute(const std::string& name, const AttributeValue& value)
{
    m_dhcpFactory.Set(name, value);
}

Ptr<WpaSupplicant>
WlcClientHelper::Install(Ptr<Node> node,
                         Ptr<WifiNetDevice> station,
                         const std::string& ssid,
                         const std::string& passphrase) const
{
    NS_LOG_FUNCTION(this << node << station << ssid);
    NS_ABORT_MSG_UNLESS(station->GetNode() == node,
                        "WlcClientHelper: the station device is not on the client's node");
    if (!node->GetObject<Ipv4>())
    {
        InternetStackHelper internet;
        internet.Install(node);
    }
    NS_ABORT_MSG_IF(node->GetObject<Ipv4>()->GetInterfaceForDevice(station) >= 0,
                    "WlcClientHelper: the station device already has an IPv4 interface; the "
                    "client's IP stack belongs on its controlled port");
    Ptr<ControlledPortNetDevice> port = CreateObject<ControlledPortNetDevice>();
    node->AddDevice(port);
    port->SetLowerDevice(station);
    Ptr<WpaSupplicant> supplicant = CreateObject<WpaSupplicant>();
    supplicant->Setup(station, port, ssid, passphrase);
    node->AggregateObject(supplicant);

    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    int32_t index = ipv4->AddInterface(port);
    ipv4->SetMetric(index, 1);
    ipv4->SetUp(index);
    Ptr<DhcpClient> dhcp = m_dhcpFactory.Create<DhcpClient>();
    dhcp->SetDhcpClientNetDevice(port);
    node->AddApplication(dhcp);
    return supplicant;
}

Ptr<Application>
WlcClientHelper::GetDhcpClient(Ptr<Node> node)
{
    for (uint32_t i = 0; i < node->GetNApplications(); ++i)
    {
        if (Ptr<DhcpClient> dhcp = DynamicCast<DhcpClient>(node->GetApplication(i)))
        {
            return dhcp;
        }
    }
    return nullptr;
}

} // namespace ns3
