/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CONTROLLED_PORT_NET_DEVICE_H
#define WLC_CONTROLLED_PORT_NET_DEVICE_H

#include "ns3/callback.h"
#include "ns3/mac48-address.h"
#include "ns3/net-device.h"
#include "ns3/traced-callback.h"

namespace ns3
{

class Node;

/**
 * \ingroup wlc
 * The IEEE 802.1X controlled port of a Wi-Fi client, as a NetDevice stacked on the station's
 * WifiNetDevice. The client's IP stack (and its DHCP client) is attached to this device.
 *
 * Frames other than EAPOL pass only while the port is authorized; EAPOL frames use the
 * uncontrolled port and reach the supplicant through the EAPOL callback. The port's link is up
 * only while the station is associated and the port is authorized, so that a DHCP client starts
 * when the client's operating system would start it: after the key exchange, not at association.
 * Losing the association unauthorizes the port.
 */
class ControlledPortNetDevice : public NetDevice
{
  public:
    /// EtherType of EAPOL frames.
    static constexpr uint16_t EAPOL_ETHERTYPE = 0x888e;

    /**
     * Called with an EAPOL frame received on the uncontrolled port.
     * \param packet the EAPOL frame (EAPOL header first)
     * \param from the sender (the AP's BSSID)
     */
    using EapolCallback = Callback<void, Ptr<const Packet>, Mac48Address>;

    /**
     * Signature of the PortAuthorized trace.
     * \param authorized the new state
     */
    using AuthorizedTracedCallback = void (*)(bool authorized);

    /// \return the TypeId
    static TypeId GetTypeId();
    ControlledPortNetDevice();
    ~ControlledPortNetDevice() override;
    ControlledPortNetDevice(const ControlledPortNetDevice&) = delete;
    ControlledPortNetDevice& operator=(const ControlledPortNetDevice&) = delete;

    /**
     * Stack the port on a device of the same node (the station's WifiNetDevice). Call once,
     * after both devices were added to the node.
     * \param lower the device
     */
    void SetLowerDevice(Ptr<NetDevice> lower);
    /// \return the device the port is stacked on
    Ptr<NetDevice> GetLowerDevice() const;
    /**
     * Authorize or unauthorize the port (the supplicant does this).
     * \param authorized the new state
     */
    void SetAuthorized(bool authorized);
    /// \return whether frames other than EAPOL pass
    bool IsAuthorized() const;
    /// \param callback where EAPOL frames go
    void SetEapolCallback(EapolCallback callback);
    /**
     * Send an EAPOL frame through the uncontrolled port.
     * \param packet the frame
     * \param to its destination (the AP's BSSID)
     * \return whether the lower device accepted it
     */
    bool SendEapol(Ptr<Packet> packet, Mac48Address to);

    // inherited from NetDevice
    void SetIfIndex(const uint32_t index) override;
    uint32_t GetIfIndex() const override;
    Ptr<Channel> GetChannel() const override;
    void SetAddress(Address address) override;
    Address GetAddress() const override;
    bool SetMtu(const uint16_t mtu) override;
    uint16_t GetMtu() const override;
    bool IsLinkUp() const override;
    void AddLinkChangeCallback(Callback<void> callback) override;
    bool IsBroadcast() const override;
    Address GetBroadcast() const override;
    bool IsMulticast() const override;
    Address GetMulticast(Ipv4Address multicastGroup) const override;
    Address GetMulticast(Ipv6Address addr) const override;
    bool IsBridge() const override;
    bool IsPointToPoint() const override;
    bool Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber) override;
    bool SendFrom(Ptr<Packet> packet,
                  const Address& source,
                  const Address& dest,
                  uint16_t protocolNumber) override;
    Ptr<Node> GetNode() const override;
    void SetNode(Ptr<Node> node) override;
    bool NeedsArp() const override;
    void SetReceiveCallback(NetDevice::ReceiveCallback cb) override;
    void SetPromiscReceiveCallback(NetDevice::PromiscReceiveCallback cb) override;
    bool SupportsSendFrom() const override;

  protected:
    void DoDispose() override;

  private:
    /// Frames from the lower device (a protocol handler on the node).
    /// \param device the lower device \param packet the frame \param protocol its EtherType
    /// \param from the sender \param to the destination \param type the packet type
    void ReceiveFromLower(Ptr<NetDevice> device,
                          Ptr<const Packet> packet,
                          uint16_t protocol,
                          const Address& from,
                          const Address& to,
                          NetDevice::PacketType type);
    /// The lower device's link changed.
    void LowerLinkChanged();
    /// Tell every link change listener.
    void NotifyLinkChange();

    Ptr<Node> m_node;                                      //!< the node
    Ptr<NetDevice> m_lower;                                //!< the station's device
    uint32_t m_ifIndex{0};                                 //!< interface index
    bool m_authorized{false};                              //!< port state
    bool m_lastLinkUp{false};                              //!< link state last reported
    NetDevice::ReceiveCallback m_rxCallback;               //!< up the stack
    NetDevice::PromiscReceiveCallback m_promiscRxCallback; //!< promiscuous up the stack
    EapolCallback m_eapolCallback;                         //!< to the supplicant
    TracedCallback<> m_linkChangeCallbacks;                //!< link change listeners
    TracedCallback<bool> m_authorizedTrace;                //!< port state changes
    TracedCallback<Ptr<const Packet>> m_dropTrace;         //!< frames dropped by the closed port
};

} // namespace ns3

#endif /* WLC_CONTROLLED_PORT_NET_DEVICE_H */
