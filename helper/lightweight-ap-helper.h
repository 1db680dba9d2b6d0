/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_LIGHTWEIGHT_AP_HELPER_H
#define WLC_LIGHTWEIGHT_AP_HELPER_H

#include "ns3/attribute.h"
#include "ns3/capwap-wtp.h"
#include "ns3/ipv4-address.h"
#include "ns3/node.h"
#include "ns3/object-factory.h"

#include <string>

namespace ns3
{

class WifiNetDevice;

/**
 * \ingroup wlc
 * Turns a node with a Wi-Fi device in AP mode (ApWifiMac) and a wired device into a lightweight
 * AP: a CAPWAP WTP that discovers a controller and tunnels its clients' traffic to it.
 */
class LightweightApHelper
{
  public:
    LightweightApHelper();

    /**
     * Set an attribute of the WTPs to install.
     * \param name the attribute (of ns3::CapwapWtp)
     * \param value its value
     */
    void SetWtpAttribute(const std::string& name, const AttributeValue& value);
    /**
     * Install a WTP.
     * \param node the AP's node (with an IPv4 stack)
     * \param radio the AP's Wi-Fi device (ApWifiMac)
     * \param wired the AP's wired device, which must already have its IPv4 address
     * \param controller the controller's management address
     * \param name the AP's name ("AP001")
     * \return the WTP
     */
    Ptr<CapwapWtp> Install(Ptr<Node> node,
                           Ptr<WifiNetDevice> radio,
                           Ptr<NetDevice> wired,
                           Ipv4Address controller,
                           const std::string& name) const;
    /**
     * Give a Wi-Fi device a given MAC address (BSSID, station address). Call before the
     * simulation starts.
     * \param device the device
     * \param address the address; it must be an individual (not a group) address
     */
    static void SetWifiAddress(Ptr<WifiNetDevice> device, Mac48Address address);

  private:
    ObjectFactory m_factory; //!< WTP factory
};

} // namespace ns3

#endif /* WLC_LIGHTWEIGHT_AP_HELPER_H */
