/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_HELPER_H
#define WLC_HELPER_H

#include "ns3/attribute.h"
#include "ns3/ipv4-address.h"
#include "ns3/node.h"
#include "ns3/object-factory.h"
#include "ns3/wireless-lan-controller.h"

#include <string>

namespace ns3
{

/**
 * \ingroup wlc
 * Installs Wireless LAN Controllers and configures their interfaces and WLANs, the way
 * `config interface` and `config wlan` do on a controller.
 */
class WlcHelper
{
  public:
    WlcHelper();

    /**
     * Set an attribute of the controllers to install.
     * \param name the attribute (of ns3::WirelessLanController)
     * \param value its value
     */
    void SetControllerAttribute(const std::string& name, const AttributeValue& value);
    /**
     * Install a controller on a node (which must have an IPv4 stack).
     * \param node the node
     * \param name the controller's name ("WLC1")
     * \return the controller
     */
    Ptr<WirelessLanController> Install(Ptr<Node> node, const std::string& name) const;
    /**
     * Give a controller an interface: the address goes on the port in the node's IPv4 stack, and
     * the first interface (management) also gets the node's default route via its gateway.
     * \param controller the controller
     * \param name the interface's name ("management", "intanchor", ...)
     * \param vlan its VLAN id
     * \param port the controller's device on the VLAN's segment
     * \param address the controller's address on the interface
     * \param mask the mask
     * \param gateway the VLAN's default gateway
     */
    void AddInterface(Ptr<WirelessLanController> controller,
                      const std::string& name,
                      uint16_t vlan,
                      Ptr<NetDevice> port,
                      Ipv4Address address,
                      Ipv4Mask mask,
                      Ipv4Address gateway) const;
    /**
     * Give a controller a WLAN.
     * \param controller the controller
     * \param id the WLAN id (1..16)
     * \param ssid its SSID
     * \param interfaceName the interface its clients are bridged onto
     * \param security its Layer 2 security
     * \param passphrase the WPA2 passphrase (ignored for an open WLAN)
     */
    void AddWlan(Ptr<WirelessLanController> controller,
                 uint8_t id,
                 const std::string& ssid,
                 const std::string& interfaceName,
                 WlanSecurity security,
                 const std::string& passphrase = "") const;
    /**
     * 802.11r Fast BSS Transition over the air for the WLANs added after this call
     * (Wlan::fastTransition, Wlan::mobilityDomain). It needs WPA2 security and APs whose radio
     * MAC is an ns3::WlcApWifiMac.
     * \param enabled on or off (off by default, as on AireOS)
     * \param mobilityDomain the MDID (low byte first on the wire)
     */
    void SetFastTransition(bool enabled, uint16_t mobilityDomain = Wlan().mobilityDomain);

  private:
    ObjectFactory m_factory;                          //!< controller factory
    bool m_fastTransition{false};                     //!< FT on new WLANs
    uint16_t m_mobilityDomain{Wlan().mobilityDomain}; //!< their MDID
};

} // namespace ns3

#endif /* WLC_HELPER_H */
