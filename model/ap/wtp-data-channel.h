/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WTP_DATA_CHANNEL_H
#define WLC_WTP_DATA_CHANNEL_H

#include "wtp-radio.h"

#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/ipv4-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"

#include <array>
#include <functional>
#include <map>
#include <set>
#include <string>

namespace ns3
{

class Node;
class Socket;

/**
 * \ingroup wlc
 * The CAPWAP data channel of a lightweight AP (RFC 5415 §4.4, UDP 5247): keep-alives with the
 * session's Session ID, and every station frame in both directions as an IEEE 802.11 frame.
 *
 * Frames from a station go to the controller only after the controller added the station; frames
 * from the controller go out only to added stations (or group addresses). A (Re)Association
 * Request is forwarded as the station sent it (Local MAC, RFC 5416). The Frame Control field is
 * byte-swapped in the tunnel when SwapFrameControl is set, as Cisco APs send it.
 */
class WtpDataChannel : public Object
{
  public:
    /// Called with the reason when the channel is dead (no keep-alive for the dead interval).
    using DeadFunction = std::function<void(const std::string&)>;
    /// Called when a packet is dropped. \param packet it \param reason why
    using DropFunction = std::function<void(Ptr<const Packet>, const std::string&)>;

    /// \return the TypeId
    static TypeId GetTypeId();
    WtpDataChannel();
    ~WtpDataChannel() override;
    WtpDataChannel(const WtpDataChannel&) = delete;
    WtpDataChannel& operator=(const WtpDataChannel&) = delete;

    /**
     * Open the data socket and take the radio's frames.
     * \param node the AP's node \param address its wired address \param radio its radio
     * \param swapFrameControl Cisco byte order of the Frame Control field
     */
    void Open(Ptr<Node> node, Ipv4Address address, Ptr<WtpRadio> radio, bool swapFrameControl);
    /// Close the socket.
    void Close();
    /**
     * Start the keep-alives of a session (Data Check).
     * \param controller the controller \param sessionId the session's Session ID
     * \param keepAlive DataChannelKeepAlive \param dead DataChannelDeadInterval
     * \param up called at the controller's first keep-alive \param dead_ called when it is dead
     */
    void Start(Ipv4Address controller,
               const std::array<uint8_t, 16>& sessionId,
               Time keepAlive,
               Time dead,
               std::function<void()> up,
               DeadFunction dead_);
    /// Stop the session: no more keep-alives, every station forgotten.
    void Stop();
    /// \return whether the controller answered a keep-alive of this session
    bool IsUp() const;
    /// \param drop where drops are reported
    void SetDropFunction(DropFunction drop);

    /// \param station a station the controller added
    void AddStation(Mac48Address station);
    /// \param station a station the controller deleted \return false if it was not added
    bool DeleteStation(Mac48Address station);
    /// \return the stations the controller added
    const std::set<Mac48Address>& GetStations() const;

  protected:
    void DoDispose() override;

  private:
    /// Send a keep-alive and schedule the next.
    void SendKeepAlive();
    /// A packet from the controller. \param socket the data socket
    void Receive(Ptr<Socket> socket);
    /// A station associated: its request to the controller.
    void StationAssociated(Mac48Address station, uint16_t aid, std::vector<uint8_t> request);
    /// A station left.
    void StationDisassociated(Mac48Address station);
    /**
     * A management frame from the controller: an Authentication frame to send, or the elements
     * of a Reassociation Response. Anything else, a body shorter than its fixed fields or
     * elements that are not a run of whole elements is dropped (the AP puts nothing malformed on
     * the air). \param packet the CAPWAP packet \param bytes the frame
     */
    void ManagementFromController(Ptr<const Packet> packet, const std::vector<uint8_t>& bytes);
    /// An Authentication frame from a station. \param station the station \param body its body
    void AuthenticationFromStation(Mac48Address station, std::vector<uint8_t> body);
    /// An MSDU from a station: to the controller.
    void FromStation(Ptr<const Packet> payload,
                     Mac48Address source,
                     Mac48Address destination,
                     uint16_t etherType);
    /// Send an 802.11 frame to the controller. \param frame the frame
    void SendToController(const std::vector<uint8_t>& frame);
    /// Report a drop.
    void Drop(Ptr<const Packet> packet, const std::string& reason);

    Ptr<Socket> m_socket;                  //!< UDP socket towards 5247
    Ptr<WtpRadio> m_radio;                 //!< the radio
    bool m_swapFrameControl{true};         //!< Cisco byte order
    bool m_running{false};                 //!< a session is under way
    bool m_up{false};                      //!< the controller answered a keep-alive
    Ipv4Address m_controller;              //!< the session's controller
    std::array<uint8_t, 16> m_sessionId{}; //!< the session's Session ID
    Time m_keepAliveInterval;              //!< DataChannelKeepAlive
    Time m_deadInterval;                   //!< DataChannelDeadInterval
    EventId m_keepAliveTimer;              //!< next keep-alive
    EventId m_deadTimer;                   //!< silence of the controller
    std::function<void()> m_onUp;          //!< first answer
    DeadFunction m_onDead;                 //!< silence
    DropFunction m_onDrop;                 //!< drops
    std::set<Mac48Address> m_stations;     //!< stations the controller added
    uint16_t m_sequenceNumber{0};          //!< 802.11 sequence number of uplink frames
};

} // namespace ns3

#endif /* WLC_WTP_DATA_CHANNEL_H */
