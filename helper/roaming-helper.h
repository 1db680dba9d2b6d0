/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ROAMING_HELPER_H
#define WLC_ROAMING_HELPER_H

#include "ns3/net-device-container.h"
#include "ns3/object-factory.h"
#include "ns3/roaming-manager.h"
#include "ns3/ssid.h"

#include <string>
#include <vector>

namespace ns3
{

class WifiMacHelper;
class WifiNetDevice;

/**
 * \ingroup wlc
 * Makes Wi-Fi stations roam like enterprise clients: a scanner (ns3::WlcAssocManager) that
 * scans a channel list and reassociates, and a roaming policy (ns3::RoamingManager) on each
 * station.
 *
 * \code
 *   WifiMacHelper mac;
 *   RoamingHelper roaming;
 *   roaming.SetChannels({36, 40, 44, 48});
 *   RoamingHelper::ConfigureStationMac(mac, Ssid("corp"));
 *   NetDeviceContainer stations = wifi.Install(phy, mac, clientNodes);
 *   roaming.Install(stations);
 * \endcode
 */
class RoamingHelper
{
  public:
    RoamingHelper();

    /**
     * Make a WifiMacHelper create roaming-capable stations (ns3::WlcStaWifiMac).
     * \param mac the helper \param ssid the WLAN's SSID
     */
    static void ConfigureStationMac(WifiMacHelper& mac, const Ssid& ssid);
    /**
     * Set an attribute of the scanners (ns3::WlcAssocManager).
     * \param name the attribute \param value its value
     */
    void SetScannerAttribute(const std::string& name, const AttributeValue& value);
    /**
     * Set an attribute of the roaming managers (ns3::RoamingManager).
     * \param name the attribute \param value its value
     */
    void SetRoamingManagerAttribute(const std::string& name, const AttributeValue& value);
    /**
     * Channels the stations scan (the scanner's Channels attribute).
     * \param channels the channel numbers
     */
    void SetChannels(const std::vector<uint16_t>& channels);
    /**
     * Give a station a scanner and a roaming manager (before the simulation starts). The
     * manager is aggregated to the station's device.
     * \param station a station whose MAC is an ns3::WlcStaWifiMac
     * \return its roaming manager
     */
    Ptr<RoamingManager> Install(Ptr<WifiNetDevice> station) const;
    /**
     * \copybrief Install(Ptr<WifiNetDevice>) const
     * \param stations the stations (WifiNetDevices)
     */
    void Install(const NetDeviceContainer& stations) const;

  private:
    ObjectFactory m_scanner; //!< scanner factory
    ObjectFactory m_manager; //!< roaming manager factory
};

} // namespace ns3

#endif /* WLC_ROAMING_HELPER_H */
