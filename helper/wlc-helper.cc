/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-helper.h"

#include "ns3/abort.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/string.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcHelper");

WlcHelper::WlcHelper()
{
    m_factory.SetTypeId("ns3::WirelessLanController");
}

void
WlcHelper::SetControllerAttribute(const std::string& name, const AttributeValue& value)
{
    m_factory.Set(name, value);
}

Ptr<WirelessLanController>
WlcHelper::Install(Ptr<Node> node, const std::string& name) const
{
    NS_LOG_FUNCTION(this << node << name);
    NS_ABORT_MSG_UNLESS(node->GetObject<Ipv4>(),
                        "WlcHelper: install an internet stack on the node of " << name << " first");
    Ptr<WirelessLanController> controller = m_factory.Create<WirelessLanController>();
    controller->SetAttribute("Name", StringValue(name));
    node->AddApplication(controller);
    return controller;
}

void
WlcHelper::AddInterface(Ptr<WirelessLanController> controller,
                        const std::string& name,
                        uint16_t vlan,
                        Ptr<NetDevice> port,
                        Ipv4Address address,
                        Ipv4Mask mask,
                        Ipv4Address gateway) const
{
    Ptr<Node> node = controller->GetNode();
    NS_ABORT_MSG_UNLESS(port->GetNode() == node,
                        controller->GetName() << ": the port of interface '" << name
                                              << "' must be a device of the controller's node");
    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    int32_t index = ipv4->GetInterfaceForDevice(port);
    if (index < 0)
    {
        index = ipv4->AddInterface(port);
    }
    ipv4->AddAddress(index, Ipv4InterfaceAddress(address, mask));
    ipv4->SetUp(index);
    bool management = controller->GetInterface(name) == nullptr &&
                      controller->GetManagementAddress() == Ipv4Address();
    if (management && gateway != Ipv4Address::GetAny() && gateway != Ipv4Address())
    {
        Ipv4StaticRoutingHelper routing;
        routing.GetStaticRouting(ipv4)->SetDefaultRoute(gateway, index);
    }
    controller->AddInterface({name, vlan, address, mask, gateway, port});
}

void
WlcHelper::AddWlan(Ptr<WirelessLanController> controller,
                   uint8_t id,
                   const std::string& ssid,
                   const std::string& interfaceName,
                   WlanSecurity security,
                   const std::string& passphrase) const
{
    Wlan wlan;
    wlan.id = id;
    wlan.ssid = ssid;
    wlan.interfaceName = interfaceName;
    wlan.security = security;
    wlan.passphrase = passphrase;
    wlan.fastTransition = m_fastTransition;
    wlan.mobilityDomain = m_mobilityDomain;
    controller->AddWlan(wlan);
}

void
WlcHelper::SetFastTransition(bool enabled, uint16_t mobilityDomain)
{
    m_fastTransition = enabled;
    m_mobilityDomain = mobilityDomain;
}

} // namespace ns3
