/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_AC_DATA_CHANNEL_H
#define WLC_AC_DATA_CHANNEL_H

#include "ap-table.h"

#include "ns3/callback.h"
#include "ns3/ipv4-address.h"
#include "ns3/object.h"

#include <functional>
#include <string>
#include <vector>

namespace ns3
{

class Dot11AssocRequest;
class Node;
class Packet;
class Socket;

/**
 * \ingroup wlc
 * The CAPWAP data channel of a controller (RFC 5415 §4.4, UDP 5247): it echoes the joined APs'
 * keep-alives (checking their Session ID) and carries station frames as IEEE 802.11 frames in
 * both directions: (Re)Association Requests and data frames from the APs, data frames to them.
 */
class AcDataChannel : public Object
{
  public:
    /**
     * An AP forwarded a station's (Re)Association Request.
     * \param ap the AP \param radioId its radio \param request the request
     */
    using AssociationCallback = Callback<void, const ApEntry&, uint8_t, const Dot11AssocRequest&>;
    /**
     * An MSDU from a station.
     * \param ap the AP \param payload the MSDU \param source its source \param destination its
     * destination \param etherType its EtherType
     */
    using FrameCallback =
        Callback<void, const ApEntry&, Ptr<const Packet>, Mac48Address, Mac48Address, uint16_t>;
    /**
     * An AP forwarded a station's Authentication frame.
     * \param ap the AP \param radioId its radio \param station the station \param bssid the
     * BSSID it was sent to \param body the frame body
     * \return "" if the controller acts on it, else why it does not (the frame is dropped and
     *         counted with that reason)
     */
    using AuthenticationCallback = Callback<std::string,
                                            const ApEntry&,
                                            uint8_t,
                                            Mac48Address,
                                            Mac48Address,
                                            const std::vector<uint8_t>&>;
    /// Called for every valid keep-alive. \param apMac the AP \param first its first one
    using KeepAliveFunction = std::function<void(Mac48Address, bool)>;
    /// Called for every dropped packet. \param packet it \param reason why
    using DropFunction = std::function<void(Ptr<const Packet>, const std::string&)>;

    /// \return the TypeId
    static TypeId GetTypeId();
    AcDataChannel();
    ~AcDataChannel() override;
    AcDataChannel(const AcDataChannel&) = delete;
    AcDataChannel& operator=(const AcDataChannel&) = delete;

    /**
     * Open UDP 5247.
     * \param node the controller's node \param address its management address
     * \param aps the controller's AP table (outlives the channel)
     * \param swapFrameControl Cisco byte order of the tunnelled Frame Control field
     */
    void Open(Ptr<Node> node, Ipv4Address address, ApTable* aps, bool swapFrameControl);
    /// Close the socket.
    void Close();
    /// \param cb told of associations
    void SetAssociationCallback(AssociationCallback cb);
    /// \param cb told of station MSDUs
    void SetFrameCallback(FrameCallback cb);
    /// \param cb told of Authentication frames
    void SetAuthenticationCallback(AuthenticationCallback cb);
    /// \param keepAlive told of keep-alives
    void SetKeepAliveFunction(KeepAliveFunction keepAlive);
    /// \param drop told of drops
    void SetDropFunction(DropFunction drop);
    /**
     * Send an MSDU to a station through its AP, as an IEEE 802.11 data frame.
     * \param apMac the AP \param radioId its radio \param bssid the station's BSSID
     * \param payload the MSDU \param source its source \param destination its destination
     * \param etherType its EtherType
     * \return false if the AP is not joined
     */
    bool SendToStation(Mac48Address apMac,
                       uint8_t radioId,
                       Mac48Address bssid,
                       Ptr<const Packet> payload,
                       Mac48Address source,
                       Mac48Address destination,
                       uint16_t etherType);

    /**
     * Send a management frame to an AP, as a native IEEE 802.11 frame: an Authentication frame
     * for a station, or the elements of its Reassociation Response.
     * \param apMac the AP \param radioId its radio \param subtype the management subtype
     * \param bssid the BSSID (Address 2 and 3) \param station the station (Address 1)
     * \param body the frame body
     * \return false if the AP is not joined
     */
    bool SendManagement(Mac48Address apMac,
                        uint8_t radioId,
                        uint8_t subtype,
                        Mac48Address bssid,
                        Mac48Address station,
                        const std::vector<uint8_t>& body);

  protected:
    void DoDispose() override;

  private:
    /// Data channel input. \param socket the socket
    void Receive(Ptr<Socket> socket);
    /// A keep-alive of a joined AP. \param ap the AP \param sessionId its Session ID
    /// \param port its data port
    void HandleKeepAlive(const ApEntry& ap,
                         const std::array<uint8_t, 16>& sessionId,
                         uint16_t port);
    /// A tunnelled frame. \param ap the AP \param radioId its radio \param frame the frame
    void HandleFrame(const ApEntry& ap, uint8_t radioId, const std::vector<uint8_t>& frame);
    /// Report a drop.
    void Drop(Ptr<const Packet> packet, const std::string& reason);

    Ptr<Socket> m_socket;                    //!< UDP 5247
    ApTable* m_aps{nullptr};                 //!< the controller's APs
    bool m_swapFrameControl{true};           //!< Cisco byte order
    uint16_t m_sequenceNumber{0};            //!< 802.11 sequence of downlink frames
    AssociationCallback m_association;       //!< to the controller
    FrameCallback m_frame;                   //!< to the controller
    AuthenticationCallback m_authentication; //!< to the controller
    KeepAliveFunction m_keepAlive;           //!< to the access controller
    DropFunction m_drop;                     //!< to the access controller
};

} // namespace ns3

#endif /* WLC_AC_DATA_CHANNEL_H */
