/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "roaming-helper.h"

#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/string.h"
#include "ns3/wifi-mac-helper.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wlc-sta-wifi-mac.h"

#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RoamingHelper");

RoamingHelper::RoamingHelper()
{
    m_scanner.SetTypeId("ns3::WlcAssocManager");
    m_manager.SetTypeId("ns3::RoamingManager");
}

void
RoamingHelper::ConfigureStationMac(WifiMacHelper& mac, const Ssid& ssid)
{
    mac.SetType("ns3::WlcStaWifiMac", "Ssid", SsidValue(ssid));
}

void
RoamingHelper::SetScannerAttribute(const std::string& name, const AttributeValue& value)
{
    m_scanner.Set(name, value);
}

void
RoamingHelper::SetRoamingManagerAttribute(const std::string& name, const AttributeValue& value)
{
    m_manager.Set(name, value);
}

void
RoamingHelper::SetChannels(const std::vector<uint16_t>& channels)
{
    std::ostringstream text;
    for (std::size_t i = 0; i < channels.size(); ++i)
    {
        text << (i ? "," : "") << channels[i];
    }
    m_scanner.Set("Channels", StringValue(text.str()));
}

Ptr<RoamingManager>
RoamingHelper::Install(Ptr<WifiNetDevice> station) const
{
    NS_LOG_FUNCTION(this << station);
    NS_ABORT_MSG_UNLESS(station && DynamicCast<WlcStaWifiMac>(station->GetMac()),
                        "RoamingHelper: the station's MAC must be an ns3::WlcStaWifiMac; call "
                        "RoamingHelper::ConfigureStationMac() on the WifiMacHelper that creates "
                        "it");
    NS_ABORT_MSG_IF(station->GetObject<RoamingManager>(),
                    "RoamingHelper: the station already has a roaming manager");
    Ptr<WlcAssocManager> scanner = m_scanner.Create<WlcAssocManager>();
    Ptr<RoamingManager> manager = m_manager.Create<RoamingManager>();
    manager->Setup(station, scanner);
    station->AggregateObject(manager);
    return manager;
}

void
RoamingHelper::Install(const NetDeviceContainer& stations) const
{
    for (auto it = stations.Begin(); it != stations.End(); ++it)
    {
        Ptr<WifiNetDevice> station = DynamicCast<WifiNetDevice>(*it);
        NS_ABORT_MSG_UNLESS(station, "RoamingHelper: a station is not a WifiNetDevice");
        Install(station);
    }
}

} // namespace ns3
