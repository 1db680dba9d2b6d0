/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CLIENT_HELPER_H
#define WLC_CLIENT_HELPER_H

#include "ns3/application-container.h"
#include "ns3/attribute.h"
#include "ns3/node.h"
#include "ns3/object-factory.h"
#include "ns3/wpa-supplicant.h"

#include <string>

namespace ns3
{

class WifiNetDevice;

/**
 * \ingroup wlc
 * Makes a node with a Wi-Fi station device a client of a controller-based WLAN: a controlled
 * port on the station device (the IP stack is attached to the port), a supplicant that opens it
 * (WPA2-PSK 4-way handshake, or at association on an open WLAN) and ns-3's DHCP client on it.
 *
 * ns-3's DhcpClient waits its "Collect" time (5 s by default) for more offers before it
 * requests one; real clients take the first offer at once, so this helper sets Collect to 0 by
 * default (SetDhcpClientAttribute changes it).
 */
class WlcClientHelper
{
  public:
    WlcClientHelper();

    /**
     * Set an attribute of the DHCP clients to install.
     * \param name the attribute (of ns3::DhcpClient)
     * \param value its value
     */
    void SetDhcpClientAttribute(const std::string& name, const AttributeValue& value);
    /**
     * Make a station a client.
     * \param node the client's node (the helper installs an internet stack if it has none)
     * \param station its Wi-Fi device (StaWifiMac)
     * \param ssid the WLAN's SSID
     * \param passphrase the WPA2 passphrase; empty for an open WLAN
     * \return the client's supplicant (its port: GetPort())
     */
    Ptr<WpaSupplicant> Install(Ptr<Node> node,
                               Ptr<WifiNetDevice> station,
                               const std::string& ssid,
                               const std::string& passphrase) const;
    /**
     * \param node a client's node
     * \return its DHCP client application (nullptr if none)
     */
    static Ptr<Application> GetDhcpClient(Ptr<Node> node);

  private:
    ObjectFactory m_dhcpFactory; //!< DHCP client factory
};

} // namespace ns3

#endif /* WLC_CLIENT_HELPER_H */
