/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "lightweight-ap-helper.h"

#include "ns3/abort.h"
#include "ns3/frame-exchange-manager.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/string.h"
#include "ns3/wifi-mac.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wtp-radio.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("LightweightApHelper");

LightweightApHelper::LightweightApHelper()
{
    m_factory.SetTypeId("ns3::CapwapWtp");
}

void
LightweightApHelper::SetWtpAttribute(const std::string& name, const AttributeValue& value)
{
    m_factory.Set(name, value);
}

Ptr<CapwapWtp>
LightweightApHelper::Install(Ptr<Node> node,
                             Ptr<WifiNetDevice> radio,
                             Ptr<NetDevice> wired,
                             Ipv4Address controller,
                             const std::string& name) const
{
    NS_LOG_FUNCTION(this << node << radio << wired << controller << name);
    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    NS_ABORT_MSG_UNLESS(ipv4, "LightweightApHelper: " << name << " needs an internet stack");
    int32_t index = ipv4->GetInterfaceForDevice(wired);
    NS_ABORT_MSG_IF(index < 0 || ipv4->GetNAddresses(index) == 0,
                    "LightweightApHelper: give the wired device of " << name
                                                                     << " its IPv4 address first");
    NS_ABORT_MSG_IF(ipv4->GetInterfaceForDevice(radio) >= 0,
                    "LightweightApHelper: the radio of "
                        << name
                        << " has an IPv4 interface; a lightweight AP bridges nothing itself, "
                           "do not assign addresses to its Wi-Fi device");
    Ptr<WtpRadio> wtpRadio = CreateObject<WtpRadio>();
    wtpRadio->Setup(radio, 1);
    Ptr<CapwapWtp> wtp = m_factory.Create<CapwapWtp>();
    wtp->SetAttribute("Name", StringValue(name));
    wtp->SetAttribute("AcAddress", Ipv4AddressValue(controller));
    wtp->SetRadio(wtpRadio);
    wtp->SetWiredIdentity(ipv4->GetAddress(index, 0).GetLocal(),
                          Mac48Address::ConvertFrom(wired->GetAddress()));
    node->AddApplication(wtp);
    return wtp;
}

void
LightweightApHelper::SetWifiAddress(Ptr<WifiNetDevice> device, Mac48Address address)
{
    NS_ABORT_MSG_IF(address.IsGroup(),
                    "the MAC address " << address
                                       << " has the I/G (group) bit set; a Wi-Fi device needs an "
                                          "individual address (clear the lowest bit of the first "
                                          "octet)");
    device->GetMac()->SetAddress(address);
    device->GetMac()->GetFrameExchangeManager()->SetAddress(address);
}

} // namespace ns3
